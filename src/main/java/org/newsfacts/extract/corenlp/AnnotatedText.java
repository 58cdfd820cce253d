package org.newsfacts.extract.corenlp;

import java.util.List;
import java.util.Objects;

/**
 * What the NLP library found in a text, as plain values: sentences with their tokens, and the
 * entity, number and date mentions its tagger marked.
 *
 * @param text the text all offsets refer to
 * @param docDate the publication date it was read against ({@code YYYY-MM-DD}) or {@code null}
 * @param sentences in text order
 * @param mentions in text order
 */
public record AnnotatedText(String text, String docDate, List<Sentence> sentences, List<RawMention> mentions) {
  public AnnotatedText {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }

  /** A token: the word as written, its part-of-speech tag and its span. */
  public record Token(String word, String tag, int begin, int end) {
    public boolean hasTag(String prefix) {
      return tag.startsWith(prefix);
    }
  }

  /** A sentence: its span and tokens. */
  public record Sentence(int index, int begin, int end, List<Token> tokens) {
    public Sentence {
      tokens = List.copyOf(tokens);
    }

    /** The sentence as it stands in {@code text}. */
    public String textIn(String text) {
      return text.substring(begin, end);
    }
  }

  /**
   * A mention as the tagger produced it.
   *
   * @param tag the tagger's label (PERSON, COUNTRY, DATE, TITLE, ...)
   * @param begin character offset of the first token
   * @param end character offset after the last token
   * @param sentence index of its sentence
   * @param firstToken index of its first token within the sentence
   * @param endToken index after its last token within the sentence
   * @param normalized the tagger's normalised value (numbers, money) or {@code null}
   * @param timexValue the TIMEX3 value for temporal mentions, else {@code null}
   * @param timexType DATE, TIME, DURATION or SET for temporal mentions, else {@code null}
   */
  public record RawMention(
      String tag,
      int begin,
      int end,
      int sentence,
      int firstToken,
      int endToken,
      String normalized,
      String timexValue,
      String timexType) {}
}
