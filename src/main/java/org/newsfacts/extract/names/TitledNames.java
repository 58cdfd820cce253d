package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * A title between two names says what each is: in "Tesla chief executive Elon Musk" or "Vantor
 * CEO Ann Lee" the name before the title is where the post is held and the name after it is the
 * person who holds it. The statistical model, trained on older news, often reads a company it has
 * never seen as a person and the person after it as an organisation ("Tesla" PERSON, "Elon Musk"
 * ORGANIZATION), and on web pages such companies then became the most-mentioned "people".
 *
 * <p>The title comes from CoreNLP's title gazetteer ({@link TitleLexicon}), written in lower case
 * or as a capital abbreviation ("CEO"). The name before it becomes an organisation only when the
 * tagger called it a person (a place or a nationality before a title, "Texas governor", "French
 * minister", is left as it is); the name after it becomes a person only when the tagger called it
 * an organisation. Each new type is passed to the name's other mentions in the article.
 */
public final class TitledNames {
  private final TitleLexicon titles;
  private final Predicate<String> isKnownPlace;

  public TitledNames(TitleLexicon titles, Predicate<String> isKnownPlace) {
    this.titles = titles;
    this.isKnownPlace = isKnownPlace;
  }

  public List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    List<Mention> out = new ArrayList<>(mentions);
    Set<String> organisations = new HashSet<>();
    Set<String> people = new HashSet<>();
    for (Sentence sentence : annotated.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int start = 1; start < tokens.size(); start++) {
        // The cheap test first: a title is looked for only after a name (the lookup builds
        // phrases of up to the longest title's length at each token).
        if (!isName(tokens.get(start - 1))) {
          continue;
        }
        int end = titleEnd(tokens, start);
        if (end < 0 || end >= tokens.size() || !isName(tokens.get(end))) {
          continue;
        }
        Mention holder = exactlyOne(out, tokens.get(start - 1).end(), true);
        Mention person = exactlyOne(out, tokens.get(end).begin(), false);
        if (holder == null || person == null || holder.type() != MentionType.PERSON) {
          continue;
        }
        if (isKnownPlace.test(holder.text()) || NameRuns.inLongerPersonName(holder.text(), out)) {
          continue;
        }
        organisations.add(holder.text());
        if (person.type() == MentionType.ORGANIZATION) {
          people.add(person.text());
        }
      }
    }
    NameTypes.passOn(out, organisations, m -> m.type() == MentionType.PERSON, MentionType.ORGANIZATION);
    NameTypes.passOn(out, people, m -> m.type() == MentionType.ORGANIZATION, MentionType.PERSON);
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /**
   * The end of the longest title starting at token {@code start}, written in lower case or as one
   * capital abbreviation; -1 if none starts there.
   */
  private int titleEnd(List<Token> tokens, int start) {
    for (int end = Math.min(tokens.size(), start + titles.longestWords()); end > start; end--) {
      StringBuilder phrase = new StringBuilder();
      boolean written = true;
      for (int i = start; i < end; i++) {
        String word = tokens.get(i).word();
        boolean lower = word.equals(word.toLowerCase(Locale.ROOT));
        boolean abbreviation = end == start + 1 && word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT));
        written &= lower || abbreviation;
        phrase.append(i > start ? " " : "").append(word);
      }
      if (written && titles.isTitle(phrase.toString())) {
        return end;
      }
    }
    return -1;
  }

  private static boolean isName(Token token) {
    return token.hasTag("NNP") && Character.isUpperCase(token.word().codePointAt(0));
  }

  /** The mention that ends (or starts) at this offset, if exactly one does. */
  private static Mention exactlyOne(List<Mention> mentions, int offset, boolean endsThere) {
    List<Mention> found =
        mentions.stream().filter(m -> endsThere ? m.end() == offset : m.start() == offset).toList();
    return found.size() == 1 ? found.get(0) : null;
  }
}
