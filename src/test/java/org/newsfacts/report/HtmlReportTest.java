package org.newsfacts.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
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
  void hasTimelineBarsAndQuantityTableAsInlineSvgAndHtml() throws IOException {
    Document page = Jsoup.parse(render(Report.of("all articles", SampleArticles.all())));
    assertThat(page.select("h2").eachText())
        .startsWith(
            "Timeline of dated facts",
            "Most mentioned people",
            "Most mentioned places",
            "Most mentioned organisations",
            "Quantities");
    assertThat(page.select("svg")).hasSize(4);
    // Bars: one per person, the longest for al-Sudani (2 articles).
    Element people = page.select("svg").get(1);
    assertThat(people.select("rect")).hasSize(5);
    assertThat(people.select("title").first().text()).startsWith("Mohammed Shia al-Sudani: 2 articles");
    Element quantities = page.select("h2:contains(Quantities) + table").first();
    assertThat(quantities.select("tr")).hasSize(1 + 5);
    assertThat(quantities.select("tr").get(1).text()).startsWith("2500 troops Iraq 2024-09-27");
  }

  @Test
  void loadsNothingFromOutside() throws IOException {
    Document page = Jsoup.parse(render(Report.of("all articles", SampleArticles.all())));
    assertThat(page.select("script, link, img, iframe, object")).isEmpty();
    assertThat(page.select("[src]")).isEmpty();
    assertThat(page.select("a[href]").eachAttr("href")).allSatisfy(h -> assertThat(h).startsWith("#a-"));
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
    assertThat(page.select("h2").eachText()).contains("<script>alert(1)</script>");
    assertThat(page.select("svg title").first().text()).startsWith("<img src=x onerror=alert(1)>");
    assertThat(html).contains("&lt;b&gt;bold&lt;/b&gt; &amp; co");
  }

  @Test
  void factSheetLeavesOutCrossArticleBars() throws IOException {
    Document page = Jsoup.parse(render(Report.factSheet(SampleArticles.seed())));
    assertThat(page.select("h1").text()).isEqualTo("Fact sheet: U.S. Plans Troops Withdrawal From Iraq by 2026");
    assertThat(page.select("h2").eachText()).containsExactly("Timeline of dated facts", "Quantities");
  }

  private static String render(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new HtmlReport().write(report, out);
    return out.toString();
  }
}
