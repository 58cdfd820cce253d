package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorNamesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "By Ann Lee; Ann Lee",
        "\"Ann Lee\" <ann@example.org>; Ann Lee",
        "Ann Lee | Example Media Group; Ann Lee",
        "ANN LEE, NOVEMBER 20, 2019 10:43; ANN LEE",
        "Ann Lee, AP Writer; Ann Lee, AP Writer",
        "Written by Ann Lee Edited by Tom Roe; Ann Lee",
        "Ann Lee on Nov 1st 2012 8:30PM; Ann Lee",
        "Ann Lee22 Dec 2016651; Ann Lee",
        "Ann Lee, 5 January 2016; Ann Lee",
      })
  void keepsOnlyTheName(String byline, String name) {
    assertThat(AuthorNames.clean(byline)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/ann", "example.com", "November 20, 2019 10:43", "  ",
      "Posts", "Bio", "24 comments", "View my complete profile", "Google profile", "Published:",
      "annlee123", "ann@example.org", "STAFF PHOTO BY ANN LEE", "Photo: Getty Images/ Ann Lee",
      "ABC News", "THE ASSOCIATED PRESS", "Wikinews newsletter", "Reuters Staff", "Wikinews"})
  void givesNullForWhatIsNoName(String byline) {
    assertThat(AuthorNames.clean(byline)).isNull();
  }
}
