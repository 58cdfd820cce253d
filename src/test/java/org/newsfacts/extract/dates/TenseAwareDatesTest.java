package org.newsfacts.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.extract.corenlp.TaggedSentences.sentence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;

class TenseAwareDatesTest {

  private static final Sentence PAST =
      sentence("In/IN January/NNP ,/, three/CD troops/NNS were/VBD killed/VBN in/IN Jordan/NNP");
  private static final Sentence FUTURE =
      sentence("In/IN January/NNP ,/, the/DT troops/NNS will/MD leave/VB Iraq/NNP");
  private static final Sentence PRESENT =
      sentence("The/DT talks/NNS are/VBP in/IN January/NNP");

  @ParameterizedTest(name = "{0} in {1}-tense sentence of {2} -> {3}")
  @CsvSource({
    "2025-01, past, 2024-09-27, 2024-01",
    "2024-01, past, 2024-09-27, 2024-01",
    "2024-01, future, 2024-09-27, 2025-01",
    "2025-01, future, 2024-09-27, 2025-01",
    "2024-09, past, 2024-09-27, 2024-09",
    "2024-09, future, 2024-09-27, 2024-09",
    "2025-01, present, 2024-09-27, 2025-01",
  })
  void monthWithoutYearFollowsTheTenseOfItsSentence(
      String sutime, String tense, String published, String expected) {
    Sentence s = tense.equals("past") ? PAST : tense.equals("future") ? FUTURE : PRESENT;
    int month = tense.equals("present") ? 4 : 1;
    assertThat(TenseAwareDates.resolve(sutime, "January", s, month, month + 1, published))
        .isEqualTo(expected);
  }

  @Test
  void explicitYearIsNeverChanged() {
    assertThat(TenseAwareDates.resolve("2025-01", "January 2025", PAST, 1, 2, "2024-09-27"))
        .isEqualTo("2025-01");
  }

  @Test
  void weekdayInPastSentenceIsTheLastSuchDayBeforePublication() {
    Sentence s = sentence("On/IN Tuesday/NNP the/DT minister/NN said/VBD so/RB");
    // 2024-09-27 is a Friday; SUTime may pick the coming Tuesday.
    assertThat(TenseAwareDates.resolve("2024-10-01", "Tuesday", s, 1, 2, "2024-09-27"))
        .isEqualTo("2024-09-24");
  }

  @Test
  void yearsAgoHasYearGranularity() {
    Sentence s = sentence("He/PRP left/VBD four/CD years/NNS ago/RB");
    assertThat(TenseAwareDates.resolve("2020-09-27", "four years ago", s, 2, 5, "2024-09-27"))
        .isEqualTo("2020");
  }

  @Test
  void withoutPublicationDateTheValueStays() {
    assertThat(TenseAwareDates.resolve("XXXX-01", "January", PAST, 1, 2, null)).isEqualTo("XXXX-01");
  }
  @ParameterizedTest
  @CsvSource({
    // 2024-09-26 is a Thursday
    "2024-10-02, Wednesday, 2024-09-25",
    "2024-09-22, Sunday, 2024-09-29",
    "2024-09-28TNI, Saturday night, 2024-09-28TNI",
    "2024-10-03, Thursday, 2024-09-26",
  })
  void weekdayWithoutTenseIsTheOneNearestPublication(String sutime, String text, String expected) {
    Sentence s = sentence("Talks/NNS could/MD start/VB " + text.replace(" ", "/NNP ") + "/NNP");
    assertThat(TenseAwareDates.resolve(sutime, text, s, 3, 3 + text.split(" ").length, "2024-09-26"))
        .isEqualTo(expected);
  }
}
