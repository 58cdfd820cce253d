package org.newsfacts.extract.names;

import java.util.List;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/** Mentions of names, as the tagger would hand them over, for the tests of this package. */
final class NameMentions {
  private NameMentions() {}

  /** The first occurrence of {@code name} in {@code text}. */
  static Mention first(MentionType type, String text, String name) {
    return at(type, name, text.indexOf(name));
  }

  /** The last occurrence of {@code name} in {@code text}. */
  static Mention last(MentionType type, String text, String name) {
    return at(type, name, text.lastIndexOf(name));
  }

  static Mention at(MentionType type, String name, int start) {
    return new Mention(type, start, start + name.length(), name, null, null, null, null, null, 0);
  }

  /** The text as one sentence without tokens, for rules that read only the text and the sentence index. */
  static AnnotatedText oneSentence(String text) {
    return new AnnotatedText(text, null, List.of(new Sentence(0, 0, text.length(), List.of())), List.of());
  }
}
