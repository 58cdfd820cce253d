package org.newsfacts.extract.names;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.extract.corenlp.SentenceMentions;
import org.newsfacts.fact.Mention;

/**
 * Finds the title or office written next to a person's name: "Defense Minister Thabit
 * al-Abbasi", "Rep. Adam Smith", "Thabit al-Abbasi, the defense minister,". The longest title
 * that ends right before the name (or starts right after its comma) wins, so "Iraqi Defense
 * Minister" gives "Defense Minister", not "Minister".
 */
public final class Roles {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Set<String> APPOSITION_SKIP = Set.of("the", "a", "an", "former", "then");

  private final TitleLexicon titles;

  public Roles(TitleLexicon titles) {
    this.titles = titles;
  }

  /** The role given at this mention, or {@code null}. */
  public String of(Mention person, Sentence sentence, String text) {
    SentenceMentions s = new SentenceMentions(sentence, List.of());
    List<Token> tokens = sentence.tokens();
    int first = s.tokenAt(person.start());
    String before = longestEndingAt(tokens, first, text);
    if (before != null) {
      return before;
    }
    int after = s.tokenEnd(person.end());
    if (after < tokens.size() && tokens.get(after).word().equals(",")) {
      int start = after + 1;
      while (start < tokens.size()
          && (APPOSITION_SKIP.contains(tokens.get(start).word().toLowerCase(java.util.Locale.ROOT))
              || tokens.get(start).hasTag("JJ"))) {
        start++;
      }
      return longestStartingAt(tokens, start, text);
    }
    return null;
  }

  private String longestEndingAt(List<Token> tokens, int end, String text) {
    for (int start = Math.max(0, end - titles.longestWords()); start < end; start++) {
      String phrase = phrase(tokens, start, end);
      if (titles.isTitle(phrase)) {
        return asWritten(text, tokens.get(start).begin(), tokens.get(end - 1).end());
      }
    }
    return null;
  }

  private String longestStartingAt(List<Token> tokens, int start, String text) {
    for (int end = Math.min(tokens.size(), start + titles.longestWords()); end > start; end--) {
      if (titles.isTitle(phrase(tokens, start, end))) {
        return asWritten(text, tokens.get(start).begin(), tokens.get(end - 1).end());
      }
    }
    return null;
  }

  // A title wrapped over two lines of a wire story ("Treasury\nSecretary") is one title.
  private static String asWritten(String text, int begin, int end) {
    return WHITESPACE.matcher(text.substring(begin, end)).replaceAll(" ");
  }

  private static String phrase(List<Token> tokens, int start, int end) {
    StringBuilder words = new StringBuilder();
    for (int i = start; i < end; i++) {
      words.append(i > start ? " " : "").append(tokens.get(i).word());
    }
    return words.toString();
  }
}
