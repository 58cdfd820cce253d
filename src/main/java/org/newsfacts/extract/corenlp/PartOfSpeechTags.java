package org.newsfacts.extract.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.WordScoreCachingSentence;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.util.logging.Redwood;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's part-of-speech annotator ({@code pos}, with its {@code pos.model} and {@code
 * pos.maxlen}), tagging each sentence through {@link WordScoreCachingSentence}: the same tags,
 * without scoring each word's own features again at every step of the search.
 */
final class PartOfSpeechTags implements Annotator {
  private static final Redwood.RedwoodChannels log = Redwood.channels(PartOfSpeechTags.class);
  // What CoreNLP's annotator gives the tokens of a sentence it could not tag.
  private static final String UNTAGGED = "X";

  private final MaxentTagger tagger;
  private final int maxSentenceLength;
  private final boolean mended;

  PartOfSpeechTags(Properties properties) {
    this.tagger = new MaxentTagger(properties.getProperty("pos.model", DefaultPaths.DEFAULT_POS_MODEL));
    this.maxSentenceLength = PropertiesUtils.getInt(properties, "pos.maxlen", Integer.MAX_VALUE);
    this.mended = WordScoreCachingSentence.mends(tagger);
  }

  @Override
  public void annotate(Annotation document) {
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<TaggedWord> tagged = tokens.size() <= maxSentenceLength ? tags(tokens) : null;
      for (int i = 0; i < tokens.size(); i++) {
        tokens.get(i).set(CoreAnnotations.PartOfSpeechAnnotation.class, tagged == null ? UNTAGGED : tagged.get(i).tag());
      }
    }
  }

  private List<TaggedWord> tags(List<CoreLabel> tokens) {
    try {
      return mended ? new WordScoreCachingSentence(tagger).tagSentence(tokens, false) : tagger.tagSentence(tokens, false);
    } catch (OutOfMemoryError e) {
      log.warn("Tagging of a sentence of " + tokens.size() + " tokens ran out of memory; its tokens are left untagged");
      return null;
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.TextAnnotation.class,
        CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.CharacterOffsetBeginAnnotation.class,
        CoreAnnotations.CharacterOffsetEndAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CoreAnnotations.PartOfSpeechAnnotation.class);
  }
}
