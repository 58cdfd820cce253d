package org.newsfacts.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.extract.corenlp.TaggedSentences.sentence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;

class NotATimexTest {
  private static final Sentence ANY = sentence("a/DT b/NN");

  @ParameterizedTest
  @ValueSource(strings = {"once", "Previously", "quarterly", "annual", "night", "morning", "the", "ended", "fiscal", "this 6-year-old", "march", "the annual", "past", "hour", "The hour"})
  void wordsTimeMlDoesNotMarkAreDropped(String text) {
    assertThat(NotATimex.applies(text, ANY.tokens(), 2)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"now", "Friday", "the future", "last year", "recently", "daily", "Sunday night", "March", "May", "the past", "an hour", "the past hour"})
  void temporalExpressionsStay(String text) {
    assertThat(NotATimex.applies(text, ANY.tokens(), 2)).isFalse();
  }

  @Test
  void pastIsATimeOnlyBeforeAUnit() {
    Sentence preposition = sentence("the/DT probe/NN flew/VBD past/IN Mars/NNP");
    Sentence adjective = sentence("sell/NN programs/NNS in/IN past/JJ years/NNS");
    assertThat(NotATimex.applies("past", preposition.tokens(), 4)).isTrue();
    assertThat(NotATimex.applies("past", adjective.tokens(), 4)).isFalse();
  }

  @Test
  void futureIsAnExpressionAsANounButNotAsAnAdjective() {
    Sentence adjective = sentence("future/JJ losses/NNS");
    Sentence noun = sentence("in/IN the/DT future/NN ./.");
    assertThat(NotATimex.applies("future", adjective.tokens(), 1)).isTrue();
    assertThat(NotATimex.applies("future", noun.tokens(), 3)).isFalse();
  }
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "The/DT town/NN buys/VBZ about/RB three-quarters/NNS of/IN its/PRP$ water/NN | 5 | about three-quarters | true",
        "more/JJR than/IN a/DT quarter/NN of/IN the/DT vote/NN | 4 | more than a quarter | true",
        "a/DT quarter/NN of/IN an/DT hour/NN later/RB | 2 | a quarter | false",
        "the/DT second/JJ quarter/NN of/IN 2004/CD | 3 | the second quarter | false",
        "A/DT second/JJ team/NN arrived/VBD | 2 | A second | true",
        "He/PRP paused/VBD a/DT second/NN ./. | 4 | a second | false",
        "she/PRP told/VBD ``/`` This/DT Week/NNP ''/'' on/IN Sunday/NNP | 5 | This Week | true",
        "she/PRP spoke/VBD on/IN ``/`` 60/CD Minutes/NNPS ''/'' | 6 | 60 Minutes | true",
        "she/PRP left/VBD this/DT week/NN | 4 | this week | false",
        "from/IN 2001/CD to/TO 2004/CD | 3 | to | true",
        "three/CD mayors/NNS have/VBP resigned/VBN ,/, most/RBS recently/RB last/JJ March/NNP | 7 | recently | true",
        "it/PRP raised/VBD fees/NNS twice/RB ,/, most/RBS recently/RB in/IN July/NNP | 7 | most recently | true",
        "the/DT dam/NN last/RB burst/VBD recently/RB ,/, in/IN 1998/CD | 5 | recently | true",
        "the/DT club/NN recently/RB sold/VBD its/PRP$ ground/NN | 3 | recently | false",
        "prices/NNS rose/VBD most/RBS recently/RB ,/, mayors/NNS said/VBD | 4 | recently | false",
      })
  void fractionsOrdinalsTitlesLeftoversAndRecentlyBeforeItsDateAreNotTimes(
      String tagged, int end, String text, boolean dropped) {
    Sentence s = sentence(tagged);
    assertThat(NotATimex.applies(text, s.tokens(), end)).isEqualTo(dropped);
  }

  @Test
  void aMarchWithANameIsAnEventNotAMonth() {
    Sentence event = sentence("at/IN the/DT March/NNP for/IN Life/NNP");
    Sentence mothers = sentence("the/DT March/NNP of/IN the/DT Combatant/NNP Mothers/NNPS");
    assertThat(NotATimex.applies("March", event.tokens(), 3)).isTrue();
    assertThat(NotATimex.applies("the annual March", event.tokens(), 3)).isTrue();
    assertThat(NotATimex.applies("March", mothers.tokens(), 2)).isTrue();
  }

  @Test
  void monthsFollowedByYearsDaysOrCommonWordsStayDates() {
    Sentence year = sentence("in/IN March/NNP of/IN 1999/CD");
    Sentence day = sentence("in/IN March/NNP on/IN Monday/NNP");
    Sentence time = sentence("in/IN March/NNP for/IN the/DT first/JJ time/NN");
    assertThat(NotATimex.applies("March", year.tokens(), 2)).isFalse();
    assertThat(NotATimex.applies("March", day.tokens(), 2)).isFalse();
    assertThat(NotATimex.applies("March", time.tokens(), 2)).isFalse();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "its/PRP$ worst/JJS fall/NN since/IN 1987/CD | 3 | fall | true",
        "a/DT fall/NN in/IN retail/JJ sales/NNS | 2 | fall | true",
        "after/IN the/DT fall/NN of/IN the/DT Wall/NNP | 3 | fall | true",
        "suffered/VBD large/JJ falls/NNS ./. | 3 | falls | true",
        "he/PRP left/VBD last/JJ fall/NN ./. | 4 | fall | false",
        "in/IN the/DT fall/NN ,/, prices/NNS rose/VBD | 3 | fall | false",
        "the/DT late/JJ fall/NN of/IN 1998/CD | 3 | fall | false",
        "in/IN the/DT fall/NN of/IN 1998/CD | 3 | fall | false",
      })
  void fallAsADropIsNotASeason(String tagged, int end, String text, boolean dropped) {
    Sentence s = sentence(tagged);
    assertThat(NotATimex.applies(text, s.tokens(), end)).isEqualTo(dropped);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "Summer/NN temperatures/NNS have/VBP risen/VBN | 1 | Summer | true",
        "a/DT series/NN of/IN ``/`` Spring/NNP of/IN Life/NNP ''/'' rallies/NNS | 5 | Spring | true",
        "drivers/NNS need/VBP winter/NN tyres/NNS | 3 | winter | true",
        "sales/NNS recovered/VBD from/IN a/DT weak/JJ summer/NN ./. | 6 | summer | false",
        "free/JJ of/IN ice/NN in/IN summer/NN within/IN 20/CD years/NNS | 5 | summer | false",
        "over/IN the/DT summer/NN months/NNS | 3 | summer | false",
        "storms/NNS in/IN winter/NN of/IN 2019/CD | 3 | winter | false",
        "this/DT summer/NN heatwave/NN | 2 | summer | false",
        "the/DT end/NN of/IN the/DT (/-LRB- northern/JJ hemisphere/NN )/-RRB- winter/NN season/NN | 9 | winter | false",
        "during/IN summer/NN months/NNS | 2 | summer | false",
        "PHILIP/NNP CROSBY/NNP SEES/NNP LOWER/NNP RESULTS/NNP WINTER/NNP PARK/NNP ,/, Fla./NNP | 6 | WINTER | true",
        "Soviet/JJ winter/NN wheat/NN areas/NNS | 2 | winter | true",
      })
  void aBareSeasonBeforeANounNamesAKindNotATime(String tagged, int end, String text, boolean dropped) {
    Sentence s = sentence(tagged);
    assertThat(NotATimex.applies(text, s.tokens(), end)).isEqualTo(dropped);
  }
}
