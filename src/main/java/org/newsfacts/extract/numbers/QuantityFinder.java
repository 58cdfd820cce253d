package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.extract.corenlp.SentenceMentions;
import org.newsfacts.extract.dates.TimexValues;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;
import org.newsfacts.fact.QuantityFact;

/**
 * Makes a quantity fact of every number that counts or measures something, tied to the place and
 * date of its sentence: "the 2,500 U.S. troops stationed in Iraq" gives 2500 troop in Iraq,
 * "between 120 and 150 kilometres" the range [120, 150] kilometre (120,000 to 150,000 metres),
 * "more than $2.4bn" 2.4E9 US dollar with change {@code >}, "ten minutes" 10 minute.
 *
 * <p>Numbers that name rather than count ("Game 5", "Gate 12", "F-16") and bare numbers with
 * nothing counted after them are no facts; clock times and years are dates, not numbers.
 */
public final class QuantityFinder {
  // How far after a number its unit may still be read.
  private static final int UNIT_WINDOW = 80;
  private static final int CONTEXT_WORDS = 4;
  private static final Pattern PERIOD = Pattern.compile("P(T?)(\\d+(?:\\.\\d+)?)([YMWDHS])");

  private QuantityFinder() {}

  public static List<QuantityFact> find(SentenceMentions s, String text) {
    List<QuantityFact> facts = new ArrayList<>();
    int covered = -1;
    for (Mention m : s.mentions()) {
      if (m.start() < covered) {
        continue; // the second number of a range, already read with the first
      }
      Optional<QuantityFact> fact = Optional.empty();
      if (m.number() != null && m.type().isNumeric() && m.type() != MentionType.ORDINAL) {
        fact = numeric(m, s, text);
      } else if (m.type() == MentionType.DURATION && m.timex() != null) {
        fact = duration(m, s, text);
      }
      if (fact.isPresent()) {
        facts.add(fact.get());
        covered = fact.get().end();
      }
    }
    return facts;
  }

  private static Optional<QuantityFact> numeric(Mention m, SentenceMentions s, String text) {
    if (m.type() == MentionType.NUMBER && isLabel(m, s, text)) {
      return Optional.empty();
    }
    int limit = Math.min(s.sentence().end(), m.end() + UNIT_WINDOW);
    Optional<QuantityParser.Extent> extent = QuantityParser.read(text.substring(m.start(), limit));
    BigDecimal value = m.number();
    BigDecimal high = null;
    int end = m.end();
    NormalizedQuantity q = null;
    if (extent.isPresent() && extent.get().quantity().value().compareTo(value) == 0) {
      q = extent.get().quantity();
      high = q.high();
      end = Math.max(end, m.start() + extent.get().end());
    }
    Reading unit = unitOf(m, q, extent.orElse(null), end, s, text);
    if (unit.unit().name() == null && !QuantityUnit.CURRENCY.equals(unit.unit().dimension())) {
      return Optional.empty();
    }
    return Optional.of(fact(m, value, high, unit.unit(), Math.max(end, unit.end()), s, text));
  }

  /** A unit and the end of the text it was read from. */
  private record Reading(QuantityUnit unit, int end) {}

  private static Reading unitOf(
      Mention m, NormalizedQuantity q, QuantityParser.Extent extent, int end, SentenceMentions s,
      String text) {
    String currency = m.currency() != null ? m.currency() : q == null ? null : q.currency();
    if (m.type() == MentionType.MONEY || currency != null) {
      if ("GBP".equals(currency) && Pounds.isWeight(m, s, text)) {
        return new Reading(QuantityUnit.named("pound").orElseThrow(), end);
      }
      return new Reading(QuantityUnit.money(currency), end);
    }
    boolean percent = m.type() == MentionType.PERCENT || (q != null && q.percent());
    if (extent != null && q != null) {
      int at = extent.length();
      if (at < extent.tokens().size() && extent.tokens().get(at).isNumeric()) {
        return new Reading(QuantityUnit.NONE, end);
      }
      Optional<UnitSpellings.Match> spelled = UnitSpellings.match(extent.tokens(), at);
      if (spelled.isPresent() && (!percent || spelled.get().name().equals("percentage point"))) {
        int unitEnd = m.start() + extent.tokens().get(at + spelled.get().length() - 1).end();
        return new Reading(QuantityUnit.named(spelled.get().name()).orElseThrow(), unitEnd);
      }
    }
    if (percent) {
      return new Reading(percentUnit(s, end), end);
    }
    List<Token> tokens = s.sentence().tokens();
    Optional<CountedNouns.Noun> noun = CountedNouns.from(tokens, s.tokenEnd(end));
    if (noun.isEmpty()) {
      return new Reading(QuantityUnit.NONE, end);
    }
    int nounEnd = tokens.get(noun.get().last() - 1).end();
    Optional<QuantityUnit> measure =
        UnitSpellings.of(noun.get().words())
            .or(() -> UnitSpellings.of(lastWord(noun.get().words())))
            .flatMap(QuantityUnit::named);
    return new Reading(measure.orElse(QuantityUnit.counted(noun.get().lemma())), nounEnd);
  }

  // "5 percentage points": the tagger's percent followed by "points".
  private static QuantityUnit percentUnit(SentenceMentions s, int end) {
    List<Token> tokens = s.sentence().tokens();
    int next = s.tokenEnd(end);
    boolean points =
        next < tokens.size() && tokens.get(next).word().toLowerCase(Locale.ROOT).startsWith("point");
    return QuantityUnit.named(points ? "percentage point" : "percent").orElseThrow();
  }

  private static Optional<QuantityFact> duration(Mention m, SentenceMentions s, String text) {
    Matcher period = PERIOD.matcher(m.timex());
    if (!period.matches()) {
      return Optional.empty();
    }
    String letter = period.group(3);
    String name =
        switch (letter) {
          case "Y" -> "year";
          case "M" -> period.group(1).isEmpty() ? "month" : "minute";
          case "W" -> "week";
          case "D" -> "day";
          case "H" -> "hour";
          default -> "second";
        };
    BigDecimal value = new BigDecimal(period.group(2));
    return Optional.of(
        fact(m, value, null, QuantityUnit.named(name).orElseThrow(), m.end(), s, text));
  }

  private static QuantityFact fact(
      Mention m, BigDecimal value, BigDecimal high, QuantityUnit unit, int end, SentenceMentions s,
      String text) {
    String change = ChangeMarkers.of(wordsBefore(m, s), m.text());
    String currency = QuantityUnit.CURRENCY.equals(unit.dimension()) ? m.currency() : null;
    if (currency == null && QuantityUnit.CURRENCY.equals(unit.dimension())) {
      currency = QuantityNormalizer.parse(m.text()).map(NormalizedQuantity::currency).orElse(null);
    }
    BigDecimal si = unit.toSi(value);
    return new QuantityFact(
        value,
        high,
        unit.name(),
        unit.dimension(),
        currency,
        si,
        change,
        m.text(),
        placeNear(m, end, s),
        dateNear(m, s),
        m.start(),
        end,
        s.sentence().textIn(text));
  }

  private static List<String> wordsBefore(Mention m, SentenceMentions s) {
    List<Token> tokens = s.sentence().tokens();
    int first = s.tokenAt(m.start());
    List<String> words = new ArrayList<>();
    for (int i = Math.max(0, first - CONTEXT_WORDS); i < first; i++) {
      words.add(tokens.get(i).word().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /**
   * "Game 5", "Gate 12", "Boeing 737", "No. 3", "#1", "F-16", "Pac-12": numbers that name a thing
   * rather than count one.
   */
  private static boolean isLabel(Mention m, SentenceMentions s, String text) {
    if (m.start() > 0) {
      char before = text.charAt(m.start() - 1);
      if (Character.isLetter(before) || before == '#') {
        return true;
      }
      if (before == '-' && m.start() > 1 && Character.isLetter(text.charAt(m.start() - 2))) {
        return true;
      }
    }
    int first = s.tokenAt(m.start());
    if (first == 0) {
      return false;
    }
    Token previous = s.sentence().tokens().get(first - 1);
    String word = previous.word().toLowerCase(Locale.ROOT);
    boolean name = previous.hasTag("NNP") && Character.isUpperCase(previous.word().charAt(0))
        && !previous.word().equals(previous.word().toUpperCase(Locale.ROOT));
    return name || word.equals("no.") || word.equals("number") || word.equals("#");
  }

  private static String lastWord(String words) {
    int space = words.lastIndexOf(' ');
    return space < 0 ? words : words.substring(space + 1);
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
