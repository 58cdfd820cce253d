package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SiteNamesTest {
  @Test
  void dropsTheSiteNameThePageDeclares() {
    Document page = Jsoup.parse("<meta property='og:site_name' content='The Example Times'>");
    assertThat(SiteNames.strip("Storm hits coast | The Example Times", page)).isEqualTo("Storm hits coast");
    assertThat(SiteNames.strip("Storm hits coast - the example times", page)).isEqualTo("Storm hits coast");
  }

  @Test
  void dropsADomainName() {
    assertThat(SiteNames.strip("Storm hits coast \u2013 news.example.com", Jsoup.parse("")))
        .isEqualTo("Storm hits coast");
  }

  @Test
  void dropsATailWhenTheHeadingIsTheTitleWithoutIt() {
    Document page = Jsoup.parse("<h1>Storm hits coast</h1>");
    assertThat(SiteNames.strip("Storm hits coast | Weather Desk", page)).isEqualTo("Storm hits coast");
  }

  @Test
  void keepsATitleWhoseSecondHalfBelongsToIt() {
    Document page = Jsoup.parse("<h1>Design Week 2018 | A light installation</h1>");
    assertThat(SiteNames.strip("Design Week 2018 | A light installation", page))
        .isEqualTo("Design Week 2018 | A light installation");
    assertThat(SiteNames.strip("Inflation - what it means for you", Jsoup.parse("")))
        .isEqualTo("Inflation - what it means for you");
  }
}
