package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.List;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Texts for rules that read lines and their words without CoreNLP: each line a sentence, its
 * words split at spaces and all tagged as proper nouns (rules of headlines and datelines read no
 * tags), and the mentions a tagger would have given, placed by their first occurrence.
 */
final class SpacedLines {
  private SpacedLines() {}

  /** The lines of the text as sentences, their words split at spaces. */
  static AnnotatedText lines(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int begin = 0;
    for (String line : text.split("\n")) {
      List<Token> tokens = new ArrayList<>();
      int offset = begin;
      for (String word : line.split(" ")) {
        tokens.add(new Token(word, "NNP", offset, offset + word.length()));
        offset += word.length() + 1;
      }
      sentences.add(new Sentence(sentences.size(), begin, begin + line.length(), tokens));
      begin += line.length() + 1;
    }
    return new AnnotatedText(text, null, sentences, List.of());
  }

  /** A mention of {@code name} at its first occurrence in {@code text}, in that sentence. */
  static Mention in(int sentence, MentionType type, String text, String name) {
    int start = text.indexOf(name);
    return new Mention(type, start, start + name.length(), name, null, null, null, null, null, sentence);
  }
}
