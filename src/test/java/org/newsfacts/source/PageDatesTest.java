package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.newsfacts.fact.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Publication dates from the markup of pages written for these tests, in the forms sites use. */
class PageDatesTest {
  private static final HtmlArticleReader READER =
      new HtmlArticleReader(new ArticleFactory(ReaderOptions.defaults()));
  private static final String ARTICLE =
      "<article><p>The ferry to the island ran again on Monday after a week of storms had kept it"
          + " in harbour, and the first crossing was full by seven in the morning.</p>"
          + "<p>Shops on the island had run short of bread and milk, the council said, and a"
          + " supply boat will follow the ferry on Tuesday.</p></article>";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      parsely-page JSON          | <head><meta name="parsely-page" content='{"title": "Ferry runs again", "pub_date": "2014-12-29T18:22:00Z", "section": "Local"}'></head>
      article_date_original meta | <head><meta name="article_date_original" content="Monday, December 29, 2014 6:22 PM"></head>
      compact microdata          | <body><span itemprop="datePublished" content="20141229 18:22:00">Dec 29</span>
      time pubdate text          | <body><time pubdate>Monday, Dec. 29 2014, 6:00 AM EST</time>
      byline date element        | <body><div class="article-meta"><span class="author">By Ann Lee</span> <span class="post-date">Monday, December 29, 2014</span></div>
      a meta of the site's own   | <head><meta name="PublicationDate" content="20141229"></head>
      an analytics pubdate meta  | <head><meta name="x_stats_pubdate" content="12/29/2014 00:00"></head>
      hAtom published abbr       | <body><span class="post-time"><abbr class="published" title="2014-12-29T08:00:00-05:00">8:00 AM</abbr></span>
      microdata in an abbr title | <body><abbr itemprop="datePublished" title="2014-12-29T18:22:00Z">6:22 PM</abbr>
      a time line by the headline| <body><div class="heading"><div class="timeLine"> December 29, 2014 6:22 PM </div></div><h1>Ferry runs again</h1>
      a publish-time element     | <body><span id="p_publishtime">18:22, December 29, 2014</span>
      a published-date meta      | <head><meta name="w-published-date" content="2014-12-29T06:03:43.274Z"></head>
      datePublished as a name    | <head><meta name="DatePublished" content="2014-12-29"></head>
      """)
  void readsTheDateMarkupGives(String form, String markup) throws ReadFailure {
    assertThat(dateOf(markup)).as(form).isEqualTo("2014-12-29");
  }

  @Test
  void aMetaOfTheSitesOwnNamingAChangeIsNoPublicationDate() throws ReadFailure {
    assertThat(dateOf("<head><meta name=\"PubDateModified\" content=\"20150102\"></head>")).isNull();
  }

  @Test
  void aPageWithoutADateStaysUndated() throws ReadFailure {
    assertThat(dateOf("<body><div class='byline'>By Ann Lee</div>")).isNull();
  }

  @Test
  void anImplausibleDateIsPassedOverForTheNextSource() throws ReadFailure {
    String markup = "<head><meta property='article:published_time' content='1970-01-01T00:00:00Z'>"
        + "<meta name='date' content='2098-05-01'></head>"
        + "<body><time datetime='2015-01-14T09:00:00-05:00'>Jan 14</time>";
    assertThat(dateOf(markup)).isEqualTo("2015-01-14");
  }

  @Test
  void theFirstDateLineWinsOverTheDatesOfCommentsAndRelatedStories() throws ReadFailure {
    String markup = "<body><p class='dateline'>Wednesday, January 14, 2015</p>" + ARTICLE
        + "<aside class='related'><span class='date'>March 2, 2013</span></aside>";
    assertThat(dateOf(markup)).isEqualTo("2015-01-14");
  }

  @Test
  void aPagesLastChangeIsNoPublicationDateWhileItGivesOne() throws ReadFailure {
    String head = "<head><meta property='article:modified_time' content='2025-03-18T21:07:29+00:00'>";
    String json = "<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebPage\","
        + " \"datePublished\": \"2020-04-21T17:16:41+00:00\"}]}</script>";
    assertThat(dateOf(head + json + "</head>")).isEqualTo("2020-04-21");
    assertThat(dateOf(head + "</head><body><p class='meta'>Posted on June 3, 2019</p>"))
        .isEqualTo("2019-06-03");
    assertThat(dateOf(head + "</head>")).as("no other date: the last change").isEqualTo("2025-03-18");
  }

  @Test
  void aMastheadsDateFarAboveTheHeadlineOrInTheSiteHeaderIsNotTheStorys() throws ReadFailure {
    String menu = "<ul class='nav'><li>Home</li><li>News</li><li>Local news</li><li>Sport</li>"
        + "<li>Business</li><li>Weather and traffic</li><li>Entertainment</li><li>Opinion</li>"
        + "<li>Obituaries</li><li>Classifieds</li><li>Jobs</li><li>Homes</li><li>Cars</li>"
        + "<li>Contact us</li><li>Subscribe to the paper</li><li>Advertise with us</li>"
        + "<li>Letters to the editor</li><li>Community calendar</li><li>Photo galleries</li>"
        + "<li>Video</li><li>Podcasts</li><li>Newsletters</li><li>Archives</li></ul>";
    String story = "<h1>Ferry runs again after a week of storms</h1>"
        + "<p class='byline'>By Ann Lee</p><p>Tuesday 8 January 2008</p>";
    assertThat(dateOf("<body><div class='date'>Tuesday 15 January 2008</div>" + menu + menu + story))
        .isEqualTo("2008-01-08");
    assertThat(dateOf("<body><div id='header'><p class='date'>January 15, 2008</p></div>"
        + "<p>By Ann Lee</p><p>January 8, 2008</p>")).isEqualTo("2008-01-08");
    assertThat(dateOf("<body><p class='kicker'>Local news</p><div class='date'>Tuesday 8 January"
        + " 2008</div>" + story.replace("<p>Tuesday 8 January 2008</p>", ""))).isEqualTo("2008-01-08");
  }

  @Test
  void aBareDateMetaYieldsToTheStorysOwnTimeElement() throws ReadFailure {
    String markup = "<head><meta name='date' content='July 31, 2012, 2:39 pm'></head>"
        + "<body><div class='story-meta'><time pubdate datetime='2012-07-23T19:29:40-04:00'>"
        + "7:29pm, EDT</time></div>";
    assertThat(dateOf(markup)).isEqualTo("2012-07-23");
    assertThat(dateOf("<head><meta name='date' content='2012-07-24'></head>")).isEqualTo("2012-07-24");
  }

  @Test
  void aDateBoxHoldingTodaysDateOrACitationsAccessDateIsNoDateLine() throws ReadFailure {
    String masthead = "<body><div id='block-date' class='block-date'><p id='todays-date-custom'>"
        + "<strong>Friday</strong>, December 19, 2025</p></div>";
    assertThat(dateOf(masthead)).isNull();
    String citation = "<body><ol class='references'><li><cite>Island ferries.</cite>"
        + "<span class='reference-accessdate'>. Retrieved <span>2016-05-01</span></span></li></ol>";
    assertThat(dateOf(citation)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      a social media posting | {"@context": "https://schema.org", "@type": "SocialMediaPosting", "datePublished": "2014-12-29T08:35:27-05:00"}
      a web page in @graph   | {"@graph": [{"@type": "WebSite", "name": "Island News"}, {"@type": "WebPage", "datePublished": "2014-12-29T18:42:54+00:00"}]}
      XHTML's CDATA wrapper  | <![CDATA[ {"@type": "Article", "datePublished": "2014-12-29T21:51:08Z"} ]]>
      """)
  void readsTheJsonLdOfThePageItself(String form, String json) throws ReadFailure {
    String markup = "<head><script type=\"application/ld+json\">" + json + "</script></head>";
    assertThat(dateOf(markup)).as(form).isEqualTo("2014-12-29");
  }

  @Test
  void theJsonLdDateOfAnImageIsNotThePages() throws ReadFailure {
    String json = "{\"@type\": \"ImageObject\", \"datePublished\": \"2014-12-29\"}";
    assertThat(dateOf("<head><script type=\"application/ld+json\">" + json + "</script></head>"))
        .isNull();
  }

  @Test
  void aPostsDateHeaderIsItsDateButTheMastheadsIsNot() throws ReadFailure {
    String post = "<h2 class='date-header'><span>Monday, December 29, 2014</span></h2>";
    assertThat(dateOf("<body>" + post)).isEqualTo("2014-12-29");
    assertThat(dateOf("<body><div class='header-date'>Friday, January 2, 2015</div>"))
        .isNull();
    assertThat(dateOf("<body><table><tr><td class='sitedate'>Friday January 2, 2015</td></tr>"
        + "<tr><td class='issueDate'>Web Issue 3044</td><td class='issueDate'>January 2 2015</td>"
        + "</tr></table>")).isNull();
  }

  @Test
  void aTableOfDatedFiguresStaysInTheText() throws ReadFailure {
    String table = "<table><tr><td>1/1/2013</td><td>+13.1%</td></tr>"
        + "<tr><td>2/1/2013</td><td>+11.9%</td></tr></table>";
    Article article = read("<body>" + ARTICLE.replace("</p><p>", "</p>" + table + "<p>"));
    assertThat(article.text()).contains("1/1/2013", "+13.1%", "2/1/2013", "+11.9%");
  }

  @Test
  void theDateLineUnderTheHeadlineDatesAPageWithoutMarkup() throws ReadFailure {
    String markup = "<body><div class='top'>Tuesday, 15 January 2008 | Weather: rain</div>"
        + "<h1>Ferry runs again</h1><div>By Ann Lee on Monday, January 14th, 2008 at 11:08 a.m.</div>"
        + "<figure><figcaption>The ferry leaves port, on Dec. 3, 2007. (AP)</figcaption></figure>";
    assertThat(dateOf(markup)).as("not the masthead's today, nor the photo's date")
        .isEqualTo("2008-01-14");
  }

  @Test
  void aDateLineSetByBreaksInsideALongerBlockDatesThePage() throws ReadFailure {
    String markup = "<body><h1>Ferry runs again</h1><div><font>Island Wire staff<br>Tuesday, 15 January"
        + " 2008<br><br>The ferry that links the island to the mainland ran again on Monday, after three"
        + " weeks of storms kept it in port.</font></div>";
    assertThat(dateOf(markup)).isEqualTo("2008-01-15");
    assertThat(dateOf("<body><h1>Ferry notes</h1><fieldset><legend>Ferry runs again</legend>14 January"
        + " 2008<p>The ferry that links the island to the mainland ran again on Monday, after three"
        + " weeks of storms.</p></fieldset>")).as("a line after a fieldset's legend").isEqualTo("2008-01-14");
  }

  @Test
  void aLabelledDateLineDatesThePageWhereverItStands() throws ReadFailure {
    String markup = "<body><table><tr><td><span class='lu'>Last Updated: </span>Saturday, 12 January"
        + " 2008, 14:28 GMT</td><td><a href='/'>Home</a></td></tr></table><h1>Ferry runs again</h1>";
    assertThat(dateOf(markup)).isEqualTo("2008-01-12");
    assertThat(dateOf("<body><div><font>Source:</font> Island Wire<br><font>Posted on:</font> December 28, 2007 10:57 PST</div>"))
        .isEqualTo("2007-12-28");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      a comment's date          | <div id='comments'><div>Posted on January 20, 2008 by Bob</div></div>
      a sentence, no label      | <div>Published figures for January 3, 2008 show the ferry was late.</div>
      either way round          | <div><b>Release:</b> 01/10/2008</div>
      """)
  void aLabelledDateIsTheArticlesOnlyInALineOfItsOwn(String form, String markup) throws ReadFailure {
    assertThat(dateOf("<body>" + markup)).as(form).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      a photo caption only            | <figure><figcaption>The ferry leaves port on Dec. 3, 2007.</figcaption></figure>
      day and month either way round  | <div>Posted 01-08-2008</div>
      the article's own sentence      | <p>The island's ferry last ran on December 3, 2007, before the storms closed the port.</p>
      words between links, no line    | <div>Ferries ran to <a href='/t'>the timetable</a> December 3, 2007 <a href='/w'>for winter</a> as planned for the island route in the long winter months</div>
      """)
  void underTheHeadlineNoDateIsGuessed(String form, String below) throws ReadFailure {
    assertThat(dateOf("<body><h1>Ferry runs again</h1>" + below)).as(form).isNull();
  }

  @Test
  void theDateLineUnderAHeadlineSetInALinkOrACellDatesThePage() throws ReadFailure {
    String markup = "<head><title>Ferry runs again after the storms | Island News</title></head><body>"
        + "<table><tr><td>ISLAND</td><td>Jan 15, 2008</td></tr>"
        + "<tr><td colspan=2><a class='latestnews' href='/ferry'>Ferry runs again after the storms</a></td></tr>"
        + "<tr><td colspan=2>Monday January 7 2008 09:43 GMT</td></tr></table>";
    assertThat(dateOf(markup)).as("the story's line, not the section bar's date above it")
        .isEqualTo("2008-01-07");
  }

  @Test
  void theDateLineJustAboveTheHeadlineDatesThePageButNotAMastheadFurtherUp() throws ReadFailure {
    assertThat(dateOf("<body><p><span>By Ann Lee</span> <span>published on 29 December 2014</span></p>"
        + "<h1>Ferry runs again</h1>")).isEqualTo("2014-12-29");
    assertThat(dateOf("<body><div>Tuesday, 15 January 2008</div><div><a href='/'>Home</a></div>"
        + "<h1>Ferry runs again</h1>")).as("the masthead's today").isNull();
  }

  @Test
  void theLineAboveTheHeadlineIsTheBlockThatHoldsItsLastWords() throws ReadFailure {
    assertThat(dateOf("<body><p><a href='/wire'>Island Wire</a> - December 30, 2007</p>"
        + "<h1>Ferry runs again</h1>")).isEqualTo("2007-12-30");
  }

  @Test
  void aTitleSetInsideTheBodyStillFindsTheHeadlineAndTheDateUnderIt() throws ReadFailure {
    Article article = read("<head><meta name='generator' content='FrontPage'></head><body>"
        + "<div>Please support local business!</div><title>Ferry runs again </title>"
        + "<b><h3> Ferry runs again </h3></b> <font size='-2'> Staff and agencies<br>29 December, 2007<br><br>");
    assertThat(article.title()).isEqualTo("Ferry runs again");
    assertThat(article.published()).isEqualTo("2007-12-29");
  }

  @Test
  void theDateLineUnderTheBylineDatesThePageWhenTheHeadlineIsFarAbove() throws ReadFailure {
    String gap = "<div><a href='/a'>Share</a> <a href='/b'>Print</a></div>".repeat(60);
    assertThat(dateOf("<body><h1>Ferry runs again</h1>" + gap + "<font><div id='byline'>By ANN LEE</div>"
        + "Island Wire<br/>Thursday, January 17, 2008; 8:43 AM</font>")).isEqualTo("2008-01-17");
    assertThat(dateOf("<body><h1>Ferry runs again</h1>" + gap + "<div class='comment'><p>By Bob</p>"
        + "<p>January 20, 2008</p></div>")).as("a comment's byline").isNull();
  }

  @Test
  void aDateLineInTheTextWhoseDayAndMonthCouldBeEitherWayRoundGivesNoDate() throws ReadFailure {
    assertThat(dateOf("<body><div class='story'><p>Harbour Town | Published: 01.09.2008</p>"
        + "<p>The ferry to the island ran again on Monday after a week of storms had kept it in"
        + " harbour, and the first crossing was full by seven.</p></div>")).isNull();
  }

  @Test
  void aDatelineOpeningTheLeadDatesThePage() throws ReadFailure {
    assertThat(dateOf(story("December 29, 2014 -- The ferry to the island ran again on Monday, after a"
        + " week of storms."))).isEqualTo("2014-12-29");
    assertThat(dateOf(story("PORT ELLEN, 29 December 2014 \u2013 The ferry to the island ran again on"
        + " Monday."))).as("with a place").isEqualTo("2014-12-29");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      a date that is the subject    | December 29, 2014 was the first day the ferry ran again after a week of storms.
      day and month either way round| 01/10/2008 -- The ferry to the island ran again on Monday, after a week of storms.
      """)
  void aLeadThatOpensWithADateIsNoDatelineWithoutItsDash(String form, String lead) throws ReadFailure {
    assertThat(dateOf(story(lead))).as(form).isNull();
  }

  @Test
  void aDateOpeningALaterParagraphIsNoDateline() throws ReadFailure {
    String markup = "<body><h1>Ferry runs again</h1><div class='story'><p>The ferry to the island ran"
        + " again on Monday after a week of storms had kept it in harbour, and the first crossing was"
        + " full by seven.</p><p>December 3, 2007 -- The day the storms began, the port closed.</p></div>";
    assertThat(dateOf(markup)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      a story's time, a short dated address | http://news.example.org/story/14/12/29/1553214/ferry-runs-again | <time datetime='on Monday December 29, @12:06PM'>on Monday December 29, @12:06PM</time> | 2014-12-29
      a blog's date header, a year and month | http://islandblog.example.com/2014/12/ferry-runs-again.html | <h2 class='date-header'><span>Monday, December 29</span></h2> | 2014-12-29
      the day before the month             | http://islandblog.example.com/2014/12/ferry-runs-again.html | <div class='post-date'>Mon 29th December</div> | 2014-12-29
      """)
  void aDateLineWithoutItsYearTakesTheYearOfThePagesAddress(String form, String address, String line,
      String date) throws ReadFailure {
    assertThat(dateOf("<head><link rel='canonical' href='" + address + "'></head><body>"
        + "<h1>Ferry runs again</h1>" + line)).as(form).isEqualTo(date);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      the weekday does not fall on it    | http://islandblog.example.com/2014/12/ferry-runs-again.html | <h2 class='date-header'>Tuesday, December 29</h2>
      another month in the address       | http://islandblog.example.com/2014/11/ferry-runs-again.html | <h2 class='date-header'>Monday, December 29</h2>
      another day in the address         | http://news.example.org/story/14/12/28/1553214/ferry-runs-again | <time>on Monday December 29, @12:06PM</time>
      no weekday                         | http://islandblog.example.com/2014/12/ferry-runs-again.html | <h2 class='date-header'>December 29</h2>
      a comment's date                   | http://islandblog.example.com/2014/12/ferry-runs-again.html | <div class='comments'><span class='comment-date'>Monday, December 29</span></div>
      the masthead's today               | http://islandblog.example.com/2014/12/ferry-runs-again.html | <div class='todays-date'>Monday, December 29</div>
      no year in the address             | http://islandblog.example.com/ferry-runs-again.html | <h2 class='date-header'>Monday, December 29</h2>
      """)
  void aYearlessDateLineIsDatedOnlyWhenTheAddressAndTheWeekdayAgree(String form, String address,
      String line) throws ReadFailure {
    assertThat(dateOf("<head><link rel='canonical' href='" + address + "'></head><body>"
        + "<h1>Ferry runs again</h1>" + line)).as(form).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      United States English, a label     | <html lang='en-US'>  | <body><div><b>Release:</b> 01/10/2008</div>                         | 2008-01-10
      British English, a label           | <html lang='en-GB'>  | <body><div><b>Release:</b> 01/10/2008</div>                         | 2008-10-01
      German, under the headline         | <html lang='de'>     | <body><h1>Ferry runs again</h1><div>06.01.2008 01:07</div>          | 2008-01-06
      a meta Content-Language            | <html><head><meta http-equiv='Content-Language' content='en-us'></head> | <body><h1>Ferry runs again</h1><div>Posted 01/10/2008</div> | 2008-01-10
      a two-digit year in a date element | <html lang='en-US'>  | <body><span class='publish-time'>3/09/15 8:00am</span>              | 2015-03-09
      plain English says nothing         | <html lang='en'>     | <body><div><b>Release:</b> 01/10/2008</div>                         |
      the weekday outranks the language  | <html lang='en-US'>  | <body><h1>Ferry runs again</h1><div>Monday, 07/01/2008</div>       | 2008-01-07
      """)
  void theLanguageAPageDeclaresSettlesTheOrderOfDayAndMonth(String form, String open, String body,
      String date) throws ReadFailure {
    byte[] page = (open + body + ARTICLE + "</html>").getBytes(StandardCharsets.UTF_8);
    CollectingHandler found = new CollectingHandler();
    READER.read(new SourceDocument("page.html", "page.html", page), found);
    assertThat(found.only().published()).as(form).isEqualTo(date);
  }

  /** A page whose story begins with {@code lead}, under a headline with no date line. */
  private static String story(String lead) {
    return "<body><h1>Ferry runs again</h1><div class='story'><p>" + lead + "</p>"
        + "<p>Shops on the island had run short of bread and milk, the council said, and a supply"
        + " boat will follow the ferry on Tuesday with flour, fuel and the post of three weeks.</p>"
        + "<p>The harbour master said the crossing would run twice a day until the end of the month,"
        + " weather permitting, and that islanders with hospital appointments would go first.</p></div>";
  }

  /** The date the web page reader gives the page: markup first, then its date lines. */
  private static String dateOf(String markup) throws ReadFailure {
    return read(markup).published();
  }

  private static Article read(String markup) throws ReadFailure {
    byte[] page = ("<html>" + markup + ARTICLE + "</html>").getBytes(StandardCharsets.UTF_8);
    CollectingHandler found = new CollectingHandler();
    READER.read(new SourceDocument("page.html", "page.html", page), found);
    return found.only();
  }
}
