package org.newsfacts.extract.corenlp;

import java.util.List;
import java.util.Set;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/** One sentence with the mentions in it, and the token arithmetic facts need. */
public record SentenceMentions(Sentence sentence, List<Mention> mentions) {
  private static final Set<String> LOCATIVE =
      Set.of("in", "at", "into", "near", "across", "inside", "throughout", "within", "outside");

  /** Index of the first token that starts at or after {@code offset}. */
  public int tokenAt(int offset) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > offset) {
        return i;
      }
    }
    return tokens.size();
  }

  /** Index after the last token that ends at or before {@code offset}. */
  public int tokenEnd(int offset) {
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size() && tokens.get(i).begin() < offset) {
      i++;
    }
    return i;
  }

  public List<Mention> ofType(MentionType type) {
    return mentions.stream().filter(m -> m.type() == type).toList();
  }

  /** "in Iraq", "in neighbouring Syria": a locative preposition shortly before the mention. */
  public boolean isLocative(Mention place) {
    List<Token> tokens = sentence.tokens();
    int first = tokenAt(place.start());
    for (int i = first - 1; i >= Math.max(0, first - 3); i--) {
      Token t = tokens.get(i);
      if (LOCATIVE.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
      if (!(t.hasTag("JJ") || t.hasTag("DT") || t.hasTag("VBG") || t.hasTag("NNP"))) {
        return false;
      }
    }
    return false;
  }

  /** Token distance between two mentions of this sentence. */
  public int distance(Mention a, Mention b) {
    int aStart = tokenAt(a.start());
    int bStart = tokenAt(b.start());
    return Math.abs(aStart - bStart);
  }
}
