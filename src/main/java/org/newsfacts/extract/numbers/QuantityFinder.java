package org.newsfacts.extract.numbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.extract.corenlp.SentenceMentions;
import org.newsfacts.extract.dates.TimexValues;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;
import org.newsfacts.fact.QuantityFact;

/**
 * Ties numbers to what they count, and to the place and date of their sentence: "the 2,500 U.S.
 * troops stationed in Iraq" gives 2500 troops in Iraq. A bare number with no counted noun after it
 * is not a quantity fact.
 */
public final class QuantityFinder {
  // Participles that belong to the counted thing: "people killed", "civilians wounded".
  private static final Set<String> OUTCOMES =
      Set.of(
          "killed", "wounded", "injured", "dead", "arrested", "missing", "displaced",
          "evacuated", "detained", "affected", "infected", "employed", "unemployed");
  private static final int MAX_MODIFIERS = 4;

  private QuantityFinder() {}

  public static List<QuantityFact> find(SentenceMentions s, String text) {
    List<QuantityFact> facts = new ArrayList<>();
    for (Mention m : s.mentions()) {
      if (m.number() == null) {
        continue;
      }
      Optional<Span> unit = unitOf(m, s);
      if (unit.isEmpty()) {
        continue;
      }
      int end = Math.max(m.end(), unit.get().end);
      facts.add(
          new QuantityFact(
              m.number(),
              unit.get().name,
              m.currency(),
              m.text(),
              placeNear(m, end, s),
              dateNear(m, s),
              m.start(),
              end,
              s.sentence().textIn(text)));
    }
    return facts;
  }

  private record Span(String name, int end) {}

  private static Optional<Span> unitOf(Mention m, SentenceMentions s) {
    switch (m.type()) {
      case MONEY:
        return Optional.of(new Span(m.currency() == null ? "money" : m.currency(), m.end()));
      case PERCENT:
        return Optional.of(new Span("percent", m.end()));
      case NUMBER:
        return countedNoun(m, s);
      default:
        return Optional.empty();
    }
  }

  /** The nouns after the number, skipping modifiers: "2,500 U.S. troops" → "troops". */
  private static Optional<Span> countedNoun(Mention m, SentenceMentions s) {
    List<Token> tokens = s.sentence().tokens();
    int i = s.tokenEnd(m.end());
    int skipped = 0;
    while (i < tokens.size() && skipped < MAX_MODIFIERS && isModifier(tokens.get(i))) {
      i++;
      skipped++;
    }
    int first = i;
    while (i < tokens.size() && (tokens.get(i).hasTag("NN") && !tokens.get(i).hasTag("NNP"))) {
      i++;
    }
    if (i == first) {
      return Optional.empty();
    }
    if (i < tokens.size()
        && tokens.get(i).hasTag("VBN")
        && OUTCOMES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
      i++;
    }
    StringBuilder unit = new StringBuilder();
    for (int j = first; j < i; j++) {
      unit.append(j > first ? " " : "").append(tokens.get(j).word().toLowerCase(Locale.ROOT));
    }
    return Optional.of(new Span(unit.toString(), tokens.get(i - 1).end()));
  }

  private static boolean isModifier(Token t) {
    return t.hasTag("JJ") || t.hasTag("NNP") || t.hasTag("HYPH") || t.word().equals("-");
  }

  /** The sentence's place: "in Iraq" beats a bare mention, and nearer beats farther. */
  private static String placeNear(Mention number, int end, SentenceMentions s) {
    return s.ofType(MentionType.LOCATION).stream()
        .filter(p -> p.end() <= number.start() || p.start() >= end)
        .min(
            Comparator.comparing((Mention p) -> !s.isLocative(p))
                .thenComparingInt(p -> s.distance(p, number)))
        .map(Mention::canonical)
        .orElse(null);
  }

  private static String dateNear(Mention number, SentenceMentions s) {
    return s.ofType(MentionType.DATE).stream()
        .filter(d -> d.timex() != null && TimexValues.isCalendarDate(d.timex()))
        .min(Comparator.comparingInt(d -> s.distance(d, number)))
        .map(Mention::timex)
        .orElse(null);
  }
}
