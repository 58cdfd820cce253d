package org.newsfacts.extract.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.SentenceUtils;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.WordScoreCachingSentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tagger with its word-score cache mended gives CoreNLP's tags, word for word, on sentences
 * whose words repeat (the cache's hits), with rare and unknown words and with numbers.
 */
class PartOfSpeechTagsTest {
  private static final MaxentTagger TAGGER = new MaxentTagger(DefaultPaths.DEFAULT_POS_MODEL);

  private static void sameTagsAsCoreNlp(String sentence) {
    List<TaggedWord> expected = TAGGER.tagSentence(SentenceUtils.toWordList(sentence.split(" ")));
    List<TaggedWord> mended =
        new WordScoreCachingSentence(TAGGER).tagSentence(SentenceUtils.toWordList(sentence.split(" ")), false);
    assertThat(mended).extracting(TaggedWord::tag).containsExactlyElementsOf(expected.stream().map(TaggedWord::tag).toList());
  }

  @Test
  void theEnglishTaggerScoresExactly() {
    assertThat(WordScoreCachingSentence.mends(TAGGER)).isTrue();
  }

  @Test
  void repeatedWordsTakeTheirTagsFromTheContext() {
    sameTagsAsCoreNlp("The saw saw the man saw a saw , and the man 's saw was the saw he saw .");
    sameTagsAsCoreNlp("Can they can the can if the can can hold it ?");
  }

  @Test
  void rareAndUnknownWordsAndNumbers() {
    sameTagsAsCoreNlp("Zorblat Quindelmark said Tuesday that Vexnor 's output rose 12.5 pct to 4,321 tonnes .");
    sameTagsAsCoreNlp("SHR 1.20 DLRS VS 95 CTS NET 40 MLN VS 31.5 MLN REVS 1.2 BILLION");
  }
}
