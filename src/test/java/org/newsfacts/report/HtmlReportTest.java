package org.newsfacts.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.index.SampleArticles;

class HtmlReportTest {
  @Test
  void opensWithContentsThatLinkEverySectionInReadingOrder() throws IOException {
    Document page = Jsoup.parse(render(Report.of("all articles", SampleArticles.all())));
    Element nav = page.selectFirst("body > nav");
    assertThat(nav).isNotNull();
    // Nothing but the page heading comes before the contents.
    assertThat(nav.previousElementSibling().tagName()).isEqualTo("header");
    List<String> sections = page.select("body > section").eachAttr("id");
    assertThat(sections)
        .containsExactly("people", "places", "organisations", "quantities", "events", "articles");
    assertThat(nav.select("a").eachAttr("href"))
        .containsExactlyElementsOf(sections.stream().map(id -> "#" + id).toList());
    assertThat(page.select("section > h2").eachText())
        .containsExactly("People", "Places", "Organisations", "Quantities", "Dated events", "Articles");
  }

  @Test
  void hasBarsQuantitiesAndTimelineAsInlineSvgAndTables() throws IOException {
    Document page = Jsoup.parse(render(Report.of("all articles", SampleArticles.all())));
    assertThat(page.select("svg")).hasSize(4);
    // Bars: one per person, the longest for al-Sudani (2 articles).
    Element people = page.selectFirst("#people svg");
    assertThat(people.select("rect")).hasSize(5);
    assertThat(people.select("title").first().text()).startsWith("Mohammed Shia al-Sudani: 2 articles");
    Element quantities = page.selectFirst("#quantities table");
    assertThat(quantities.select("tr")).hasSize(1 + 5);
    assertThat(quantities.select("tr").get(1).text()).startsWith("2500 troops Iraq 2024-09-27");
    assertThat(page.selectFirst("#events svg")).isNotNull();
  }

  @Test
  void everyChartScalesToItsColumn() throws IOException {
    List<ExtractedArticle> articles = new ArrayList<>(SampleArticles.all());
    // Dates over three years and more: a yearly axis; a monthly one for the samples alone.
    articles.add(TimelineTest.withEvents("wide", "2023-06-01", "2020", "2021-03", "2022", "2026"));
    for (List<ExtractedArticle> set : List.of(SampleArticles.all(), articles)) {
      Document page = Jsoup.parse(render(Report.of("all articles", set)));
      assertThat(page.select("svg")).isNotEmpty().allSatisfy(svg -> {
        assertThat(svg.attr("viewBox")).matches("0 0 \\d+ \\d+");
        assertThat(svg.attr("width")).isEqualTo("100%");
        assertThat(svg.hasAttr("height")).isFalse();
        int drawnWidth = Integer.parseInt(svg.attr("viewBox").split(" ")[2]);
        assertThat(svg.attr("style")).isEqualTo("max-width:" + drawnWidth + "px");
      });
    }
    assertThat(render(Report.of("all articles", articles))).contains("svg.chart{display:block;width:100%;height:auto");
  }

  @Test
  void datedEventsAreNewestFirstNearPublicationAndCapped() throws IOException {
    List<String> dates = new ArrayList<>(List.of("0014", "1225", "1991"));
    for (int day = 1; day <= 28; day++) {
      for (int month = 1; month <= 6; month++) {
        dates.add(String.format("1987-%02d-%02d", month, day));
      }
    }
    ExtractedArticle many = TimelineTest.withEvents("many", "1987-07-01", dates.toArray(String[]::new));
    Document page = Jsoup.parse(render(Report.of("all articles", List.of(many))));
    Element events = page.selectFirst("#events");
    List<String> shown = events.select("table tr td.d").eachText();
    assertThat(shown).hasSize(Report.MAX_EVENT_ROWS).startsWith("1987-06-28", "1987-06-27");
    assertThat(shown).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(shown).noneMatch(d -> d.startsWith("0014") || d.startsWith("1225") || d.startsWith("1991"));
    assertThat(events.select("p.meta").text()).startsWith("168 dated facts within 3 years");
    assertThat(events.select("p.note").eachText())
        .containsExactly(
            "68 more dated facts (older) not shown here; each article lists its own, and the CSV report has them all.",
            "3 dated facts lie more than 3 years from their article's publication (history the article"
                + " recalls, or a number read as a year) and are left out here; each article lists them.");
    // The article keeps every one of its facts.
    assertThat(page.select("#articles li")).hasSize(dates.size());
  }

  @Test
  void manyArticlesAreFoldedUnderTheirTitles() throws IOException {
    List<ExtractedArticle> articles = new ArrayList<>();
    for (int i = 0; i < HtmlArticleSection.OPEN_UP_TO + 1; i++) {
      articles.add(TimelineTest.withEvents("a" + i, "2024-01-0" + (1 + i % 9), "2024-01"));
    }
    Document folded = Jsoup.parse(render(Report.of("all articles", articles)));
    assertThat(folded.select("#articles details")).hasSize(articles.size()).noneMatch(d -> d.hasAttr("open"));
    assertThat(folded.selectFirst("#articles details summary h3").text()).isEqualTo("Article a0");
    Document few = Jsoup.parse(render(Report.of("all articles", SampleArticles.all())));
    assertThat(few.select("#articles details")).hasSize(4).allMatch(d -> d.hasAttr("open"));
  }

  @Test
  void loadsNothingFromOutside() throws IOException {
    Document page = Jsoup.parse(render(Report.of("all articles", SampleArticles.all())));
    assertThat(page.select("script, link, img, iframe, object")).isEmpty();
    assertThat(page.select("[src]")).isEmpty();
    assertThat(page.select("a[href]").eachAttr("href")).allSatisfy(h -> assertThat(h).startsWith("#"));
    for (String href : page.select("a[href]").eachAttr("href")) {
      assertThat(page.getElementById(href.substring(1))).as(href).isNotNull();
    }
  }

  @Test
  void escapesEverythingFromArticles() throws IOException {
    ExtractedArticle seed = SampleArticles.seed();
    PersonFact evil = new PersonFact("<img src=x onerror=alert(1)>", "\"chief\"", 1, 0, 3, "<b>bold</b> & co");
    ExtractedArticle article =
        new ExtractedArticle("id\"><script>", "<source>", "<script>alert(1)</script>", List.of(),
            null, seed.text(), List.of(), List.of(evil));
    String html = render(Report.of("query: <x>", List.of(article)));
    Document page = Jsoup.parse(html);
    assertThat(page.select("script, img, b")).isEmpty();
    assertThat(page.select("h3").eachText()).contains("<script>alert(1)</script>");
    assertThat(page.select("svg title").first().text()).startsWith("<img src=x onerror=alert(1)>");
    assertThat(html).contains("&lt;b&gt;bold&lt;/b&gt; &amp; co");
  }

  @Test
  void factSheetLeavesOutCrossArticleBars() throws IOException {
    Document page = Jsoup.parse(render(Report.factSheet(SampleArticles.seed())));
    assertThat(page.select("h1").text()).isEqualTo("Fact sheet: U.S. Plans Troops Withdrawal From Iraq by 2026");
    assertThat(page.select("section > h2").eachText()).containsExactly("Quantities", "Dated events", "Facts");
    assertThat(page.select("nav a").eachText()).containsExactly("Quantities", "Dated events", "Facts");
  }

  private static String render(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new HtmlReport().write(report, out);
    return out.toString();
  }
}
