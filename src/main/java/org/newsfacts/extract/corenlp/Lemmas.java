package org.newsfacts.extract.corenlp;

import edu.stanford.nlp.process.Morphology;
import java.util.Locale;
import java.util.Map;

/**
 * Dictionary forms of nouns and verbs, from CoreNLP's morphological analyser (no annotator needed, so the
 * pipeline runs no lemma pass over every token): "stations" becomes "station", "people" "person".
 * Thread-safe: CoreNLP guards its static analyser.
 */
public final class Lemmas {
  // Plurals the analyser keeps as they are (it lists "troops" with the plural-only nouns).
  private static final Map<String, String> PLURALS = Map.of("troops", "troop");

  // The inflections a verb may be written in, irregular past forms first ("rose", "fell").
  private static final String[] VERB_TAGS = {"VBD", "VBN", "VBG", "VBZ"};

  private Lemmas() {}

  /**
   * The dictionary form of {@code word} (lower case) read as a verb whose inflection is unknown:
   * "rose", "easing" and "slows" give "rise", "ease" and "slow"; a form no inflection changes
   * ("ease", "up") is returned as it is.
   */
  public static String verb(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (String tag : VERB_TAGS) {
      String lemma = Morphology.lemmaStatic(lower, tag);
      if (!lemma.equals(lower)) {
        return lemma;
      }
    }
    return lower;
  }

  /** The singular of {@code word} (lower case), read with its part-of-speech {@code tag}. */
  public static String noun(String word, String tag) {
    String lower = word.toLowerCase(Locale.ROOT);
    String fixed = PLURALS.get(lower);
    if (fixed != null) {
      return fixed;
    }
    boolean plural = tag.equals("NNS") || tag.equals("NNPS");
    return plural ? Morphology.lemmaStatic(lower, "NNS") : lower;
  }
}
