package org.newsfacts.extract.corenlp;

import java.util.ArrayList;
import java.util.List;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;

/** Sentences for tests, built from "word/TAG" pairs without the tagger. */
public final class TaggedSentences {
  private TaggedSentences() {}

  public static Sentence sentence(String tagged) {
    return sentence(0, tagged);
  }

  public static Sentence sentence(int index, String tagged) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String pair : tagged.split(" ")) {
      int slash = pair.lastIndexOf('/');
      String word = pair.substring(0, slash);
      tokens.add(new Token(word, pair.substring(slash + 1), offset, offset + word.length()));
      offset += word.length() + 1;
    }
    return new Sentence(index, 0, offset, tokens);
  }

  /** Index of the first token that is {@code word}. */
  public static int indexOf(Sentence sentence, String word) {
    for (int i = 0; i < sentence.tokens().size(); i++) {
      if (sentence.tokens().get(i).word().equals(word)) {
        return i;
      }
    }
    throw new IllegalArgumentException(word);
  }
}
