package org.newsfacts.extract.numbers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.extract.corenlp.Lemmas;

/**
 * What a number counts: the nouns after it, skipping modifiers, in the singular: "2,500 U.S.
 * troops" counts "troop", "80 polling stations" "polling station", "a quarter of the voters"
 * "voter".
 */
final class CountedNouns {
  // Participles that belong to the counted thing: "people killed", "civilians wounded".
  private static final Set<String> OUTCOMES =
      Set.of(
          "killed", "wounded", "injured", "dead", "arrested", "missing", "displaced",
          "evacuated", "detained", "affected", "infected", "employed", "unemployed");
  private static final int MAX_MODIFIERS = 4;
  private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
  private static final int MAX_POSSESSOR = 3;
  // "the wheat four is for shipment": verbs, not plurals counted.
  private static final Set<String> AUXILIARIES = Set.of("is", "was", "has", "does", "says");
  // "versus 29 yesterday": when, not what.
  private static final Set<String> DAYS = Set.of("yesterday", "today", "tomorrow", "tonight");
  // "up from 1,500 last year": a date after the number, not what it counts.
  private static final Set<String> RELATIVE = Set.of("last", "next", "previous", "past");

  /**
   * @param words the counted noun phrase, lower case ("polling stations")
   * @param lemma its singular ("polling station")
   * @param last index after its last token
   */
  record Noun(String words, String lemma, int last) {}

  private CountedNouns() {}

  /** The noun phrase from token {@code from} on, if one starts there. */
  static Optional<Noun> from(List<Token> tokens, int from) {
    int i = from;
    // "a quarter of the voters", "hundreds of millions of people"
    if (i < tokens.size() && word(tokens.get(i)).equals("of")) {
      i++;
      if (i < tokens.size() && (tokens.get(i).hasTag("DT") || tokens.get(i).hasTag("PRP$"))) {
        i++;
      }
      i = afterPossessor(tokens, i); // "a third of the district's voters" counts voters
      // "326 of the 650 seats", "five of its last eight matches"
      while (i < tokens.size() && (tokens.get(i).hasTag("CD") || tokens.get(i).hasTag("JJ"))) {
        i++;
      }
    }
    if (i < tokens.size() && RELATIVE.contains(word(tokens.get(i)))) {
      return Optional.empty();
    }
    int skipped = 0;
    while (i < tokens.size() && skipped < MAX_MODIFIERS
        && (isModifier(tokens.get(i)) || isModelNumber(tokens, i, from))) {
      i++;
      skipped++;
    }
    int first = i;
    // "12 rebounds" tagged as a verb: a plural right after a number is a noun.
    boolean verbPlural =
        i == from && i < tokens.size() && tokens.get(i).hasTag("VBZ") && word(tokens.get(i)).endsWith("s")
            && !AUXILIARIES.contains(word(tokens.get(i)));
    if (verbPlural) {
      i++;
    }
    while (i < tokens.size() && tokens.get(i).hasTag("NN") && !tokens.get(i).hasTag("NNP")
        && !DAYS.contains(word(tokens.get(i)))) {
      i++;
    }
    if (i == first && first > from && tokens.get(first - 1).hasTag("NNPS")) {
      first--; // "150 million Americans"
    } else if (i == first) {
      return Optional.empty();
    }
    StringBuilder words = new StringBuilder();
    StringBuilder lemma = new StringBuilder();
    for (int j = first; j < i; j++) {
      Token t = tokens.get(j);
      String sep = j > first ? " " : "";
      words.append(sep).append(word(t));
      // Only the head noun is plural in English compounds: "polling stations".
      String tag = t.hasTag("VBZ") ? "NNS" : t.tag();
      lemma.append(sep).append(j == i - 1 ? Lemmas.noun(t.word(), tag) : word(t));
    }
    if (i < tokens.size()
        && tokens.get(i).hasTag("VBN")
        && OUTCOMES.contains(word(tokens.get(i)))) {
      i++;
    }
    return Optional.of(new Noun(words.toString(), lemma.toString(), i));
  }

  // After "district's" or "New York City's": the owner of what is counted, not the thing.
  private static int afterPossessor(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size() && i < from + MAX_POSSESSOR; i++) {
      if (tokens.get(i).hasTag("POS")) {
        return i > from ? i + 1 : from;
      }
      if (!tokens.get(i).hasTag("NN") && !tokens.get(i).hasTag("JJ")) {
        return from;
      }
    }
    return from;
  }

  // "31 Boeing 747 jumbo jets": the model number of a name between a count and its noun; not a
  // year ("three-for-two October 1986 stock split").
  private static boolean isModelNumber(List<Token> tokens, int i, int from) {
    return i > from && tokens.get(i).hasTag("CD") && tokens.get(i - 1).hasTag("NNP")
        && !YEAR.matcher(tokens.get(i).word()).matches()
        && i + 1 < tokens.size() && (tokens.get(i + 1).hasTag("NN") || tokens.get(i + 1).hasTag("JJ"));
  }

  private static boolean isModifier(Token t) {
    return t.hasTag("JJ") || t.hasTag("NNP") || t.hasTag("HYPH") || t.word().equals("-")
        || t.hasTag("VBG") || t.hasTag("VBN");
  }

  private static String word(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
