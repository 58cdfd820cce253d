package org.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A person is one of the article's authors when the words of the name are an author's. */
class OwnAuthorsTest {
  private final OwnAuthors authors = OwnAuthors.of(List.of("Ann Lee and Tom Roe, The Harbour Courier"));

  @Test
  void aBylineOfSeveralPeopleNamesEachOfThem() {
    assertThat(authors.names("Ann Lee")).isTrue();
    assertThat(authors.names("Tom Roe")).isTrue();
  }

  @Test
  void anAuthorsNameInAnotherCaseIsThatAuthor() {
    assertThat(authors.names("ANN LEE")).isTrue();
  }

  @Test
  void partOfAnAuthorsNameIsSomeoneElse() {
    assertThat(authors.names("Ann")).isFalse();
    assertThat(authors.names("Roe")).isFalse();
  }

  @Test
  void someoneElseIsNoAuthor() {
    assertThat(authors.names("Ann Roe")).isFalse();
    assertThat(authors.names("Jo Park")).isFalse();
    assertThat(authors.names("Ann Lee Park")).isFalse();
  }

  @Test
  void accentsDoNotCount() {
    OwnAuthors accented = OwnAuthors.of(List.of("Jos\u00e9 Mart\u00ednez-Beltr\u00e1n"));
    assertThat(accented.names("JOSE MARTINEZ-BELTRAN")).isTrue();
  }

  @Test
  void anAuthorSignsWithTheFirstNameOnAShortLine() {
    assertThat(authors.signs("Ann", "Ann")).isTrue();
    assertThat(authors.signs("Tom", "Hi, I'm Tom.")).isTrue();
    assertThat(authors.signs("Ann", "Ann's Blog")).isTrue();
  }

  @Test
  void theFirstNameInASentenceIsSomeoneElse() {
    assertThat(authors.signs("Ann", "There were Ann, the second was Jo and Tom was also there.")).isFalse();
    assertThat(authors.signs("Lee", "Lee")).isFalse();
    assertThat(authors.signs("Ann Lee", "Ann Lee")).isFalse();
  }
}
