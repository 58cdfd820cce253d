package org.newsfacts.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.extract.corenlp.TaggedSentences.indexOf;
import static org.newsfacts.extract.corenlp.TaggedSentences.sentence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.dates.TenseAwareDates.Tense;

class SentenceTenseTest {

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "three/CD troops/NNS were/VBD killed/VBN on/IN Tuesday/NNP | Tuesday | PAST",
        "the/DT minister/NN has/VBZ said/VBN on/IN Tuesday/NNP | Tuesday | PAST",
        "the/DT agreement/NN ,/, announced/VBN Friday/NNP ,/, gives/VBZ | Friday | PAST",
        "inspections/NNS had/VBD stopped/VBN since/IN Jan./NNP | Jan. | PAST",
        "the/DT troops/NNS will/MD leave/VB on/IN Tuesday/NNP | Tuesday | FUTURE",
        "he/PRP must/MD be/VB returned/VBN by/IN Jan./NNP | Jan. | FUTURE",
        "the/DT team/NN planned/VBD to/TO leave/VB on/IN Thursday/NNP | Thursday | FUTURE",
        "he/PRP was/VBD pleased/JJ to/TO note/VB your/PRP$ June/NNP item/NN | June | PAST",
        "he/PRP has/VBZ scheduled/VBN a/DT conference/NN Thursday/NNP | Thursday | FUTURE",
        "they/PRP might/MD come/VB as/RB soon/RB as/IN Tuesday/NNP | Tuesday | FUTURE",
        "they/PRP would/MD get/VB around/IN Wednesday/NNP 's/POS ruling/NN | Wednesday | PAST",
        "the/DT talks/NNS are/VBP in/IN January/NNP | January | PRESENT",
        "in/IN January/NNP | January | PRESENT",
        "fans/NNS held/VBD a/DT rally/NN Friday/NNP and/CC were/VBD planning/VBG a/DT march/NN | Friday | FUTURE",
        "the/DT new/JJ fares/NNS ,/, effective/JJ March/NNP 3/CD ,/, were/VBD approved/VBN | March | FUTURE",
      })
  void theNearestVerbGivesTheDirection(String tagged, String dateWord, Tense expected) {
    Sentence s = sentence(tagged);
    int at = indexOf(s, dateWord);
    assertThat(SentenceTense.near(s.tokens(), at, at + 1)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // An adjectival participle before its noun is not a past tense.
        "he/PRP will/MD redeem/VB preferred/VBN shares/NNS on/IN Oct./NNP | Oct. | FUTURE",
        // "to" after an adjective is no plan.
        "it/PRP is/VBZ hard/JJ to/TO say/VB what/WP happened/VBD in/IN June/NNP | June | PAST",
      })
  void ignoresVerbFormsThatSayNothingAboutTime(String tagged, String dateWord, Tense expected) {
    Sentence s = sentence(tagged);
    int at = indexOf(s, dateWord);
    assertThat(SentenceTense.near(s.tokens(), at, at + 1)).isEqualTo(expected);
  }
}
