package org.newsfacts.extract.numbers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.extract.corenlp.Lemmas;
import org.newsfacts.extract.corenlp.SentenceMentions;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Reads the unit after a number: a currency ("$", "dlrs", "pounds" unless they weigh), a
 * hundredth ("cents", "pence"), a unit of measure as news spells it ("km", "sq ft", "°F"), a
 * percentage ("pct", "percentage points") or, failing those, the noun counted ("troops").
 */
final class UnitReader {
  // Words hyphenated to a number that describe it rather than name what it counts.
  private static final Set<String> NOT_COUNTED = Set.of("strong", "odd", "plus", "old", "something", "ish");

  // Video formats named by their lines and a "p" (progressive scan), not pence.
  private static final Set<String> VIDEO_LINES =
      Set.of("144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320");

  // Words after "N times" that make it a multiple: "times the limit", "times as many".
  private static final Set<String> MULTIPLIED = Set.of("as", "the", "that", "what", "its", "their", "his", "her");

  private UnitReader() {}

  /** A unit and the end of the text it was read from. */
  record Reading(QuantityUnit unit, int end) {}

  /**
   * The unit of the quantity read from {@code from} ({@code q} and {@code extent}, or the
   * mention {@code m} alone when they are {@code null}), whose number ends at {@code end}.
   */
  static Reading read(
      Mention m, NormalizedQuantity q, QuantityParser.Extent extent, int from, int end,
      SentenceMentions s, String text) {
    String currency = m.currency() != null ? m.currency() : q == null ? null : q.currency();
    if (currency == null && extent != null && q != null) {
      // "12 cents", "470 pence", "12-cent": hundredths, which the currency table leaves out
      List<QuantityTokenizer.Token> after = extent.tokens();
      int at = extent.length();
      if (at < after.size() && after.get(at).raw().equals("-")) {
        at++;
      }
      Optional<QuantityUnit> subunit =
          at < after.size() && after.get(at).kind() == QuantityTokenizer.Kind.WORD
              ? QuantityUnit.subunit(after.get(at).text())
              : Optional.empty();
      if (subunit.isEmpty() && at < after.size() && isGluedPence(after.get(at), q.value())) {
        subunit = QuantityUnit.subunit("pence");
      }
      if (subunit.isPresent()) {
        return new Reading(subunit.get(), from + after.get(at).end());
      }
    }
    if (currency != null) {
      if ("GBP".equals(currency) && Pounds.isWeight(m, s, text)) {
        return new Reading(QuantityUnit.named("pound").orElseThrow(), end);
      }
      return new Reading(QuantityUnit.money(currency), end);
    }
    boolean percent = m.type() == MentionType.PERCENT || (q != null && q.percent());
    if (extent != null && q != null) {
      int at = extent.length();
      if (at < extent.tokens().size() && extent.tokens().get(at).isNumeric()) {
        return numberCompound(s.sentence().tokens(), s.tokenEnd(end)).orElse(new Reading(QuantityUnit.NONE, end));
      }
      Optional<UnitSpellings.Match> spelled = UnitSpellings.match(extent.tokens(), at);
      if (spelled.isPresent() && (!percent || spelled.get().name().equals("percentage point"))) {
        int unitEnd = from + extent.tokens().get(at + spelled.get().length() - 1).end();
        return new Reading(QuantityUnit.named(spelled.get().name()).orElseThrow(), unitEnd);
      }
    }
    if (percent) {
      return new Reading(percentUnit(s, end), end);
    }
    Optional<Reading> hyphenated = extent == null || q == null ? Optional.empty() : hyphenatedNoun(extent, from);
    if (hyphenated.isPresent()) {
      return hyphenated.get();
    }
    List<Token> tokens = s.sentence().tokens();
    int next = s.tokenEnd(end);
    // A noun on the next line of a table counts nothing here: "Net 703,000 \n Revs 6.3 mln".
    if (next < tokens.size() && isLineBreak(text.substring(end, Math.max(end, tokens.get(next).begin())))) {
      return new Reading(QuantityUnit.NONE, end);
    }
    Optional<Reading> compound = numberCompound(tokens, next);
    if (compound.isPresent()) {
      return compound.get();
    }
    Optional<CountedNouns.Noun> noun = CountedNouns.from(tokens, next);
    if (noun.isEmpty()) {
      return new Reading(ExchangeRates.quoted(tokens, s.tokenAt(m.start()), next).orElse(QuantityUnit.NONE), end);
    }
    if (isMultiplier(noun.get(), tokens)) {
      return new Reading(QuantityUnit.NONE, end);
    }
    return counted(noun.get(), tokens);
  }

  /**
   * "32 times the WHO limit", "three times as many", "ten times more": a multiple of another
   * figure, which counts no times (unlike "downloaded 100 million times").
   */
  private static boolean isMultiplier(CountedNouns.Noun noun, List<Token> tokens) {
    return noun.words().equals("times") && isMultiple(tokens, noun.last() - 1);
  }

  /** Whether token {@code at} is the "times" of a multiple: "times the limit", "times as many". */
  static boolean isMultiple(List<Token> tokens, int at) {
    if (at < 0 || at + 1 >= tokens.size() || !tokens.get(at).word().equalsIgnoreCase("times")) {
      return false;
    }
    Token next = tokens.get(at + 1);
    return MULTIPLIED.contains(next.word().toLowerCase(Locale.ROOT)) || next.hasTag("JJR") || next.hasTag("RBR");
  }

  /**
   * The noun written against the number with a hyphen, which is what it counts: "a 60,000-seat
   * stadium" counts seats, "the 120-member parliament" members (units were read before: "3-inch").
   * Not a word that describes rather than names ("a 2,500-strong force", "40-odd"), nor a plural,
   * whose hyphen makes a compound noun ("three-pointers").
   */
  private static Optional<Reading> hyphenatedNoun(QuantityParser.Extent extent, int from) {
    List<QuantityTokenizer.Token> tokens = extent.tokens();
    int at = extent.length(); // the parser reads a dash after the number with it ("3-inch")
    if (at < tokens.size() && tokens.get(at).raw().equals("-")) {
      at++;
    }
    if (at < 2 || at >= tokens.size() || !tokens.get(at - 1).raw().equals("-") || !tokens.get(at - 1).glued()) {
      return Optional.empty();
    }
    QuantityTokenizer.Token word = tokens.get(at);
    boolean gluedWord = word.glued() && word.kind() == QuantityTokenizer.Kind.WORD
        && word.raw().chars().allMatch(Character::isLowerCase);
    boolean followed = at + 1 >= tokens.size() || !tokens.get(at + 1).raw().equals("-");
    if (!gluedWord || !followed || NumberWords.cardinal(word.text()) != null
        || NOT_COUNTED.contains(word.text())) {
      return Optional.empty();
    }
    // Singular, as a modifier is: "three-pointers" is a name of its own, not 3 pointer.
    if (!Lemmas.noun(word.text(), "NNS").equals(word.text())) {
      return Optional.empty();
    }
    return Optional.of(new Reading(QuantityUnit.counted(word.text()), from + word.end()));
  }

  /**
   * "4p", "148.9p": a "p" written against the number is pence; not the lines of a video format
   * ("1080p", "720p").
   */
  private static boolean isGluedPence(QuantityTokenizer.Token token, java.math.BigDecimal value) {
    boolean p = token.glued() && token.raw().replaceFirst("\\.$", "").equals("p");
    return p && !VIDEO_LINES.contains(value.stripTrailingZeros().toPlainString());
  }

  /**
   * A plural noun compounded of a number word, which names what is counted rather than a second
   * number: "11 three-pointers", "two one-liners".
   */
  private static Optional<Reading> numberCompound(List<Token> tokens, int at) {
    if (at >= tokens.size()) {
      return Optional.empty();
    }
    // the tokenizer may split the hyphen off: "three", "-", "pointers"
    int last = at;
    String word = tokens.get(at).word().toLowerCase(Locale.ROOT);
    boolean split = at + 2 < tokens.size() && tokens.get(at + 1).word().equals("-")
        && tokens.get(at + 1).begin() == tokens.get(at).end()
        && tokens.get(at + 2).begin() == tokens.get(at + 1).end();
    if (split) {
      last = at + 2;
      word = word + "-" + tokens.get(last).word().toLowerCase(Locale.ROOT);
    }
    String[] parts = word.split("-", 2);
    boolean compound = parts.length == 2 && NumberWords.cardinal(parts[0]) != null && parts[1].matches("\\p{L}{3,}s")
        && !NumberWords.PERCENT_WORDS.contains(parts[1]) && NumberWords.denominator(parts[1]) == null
        && NumberWords.scale(parts[1]) == null;
    if (!compound) {
      return Optional.empty();
    }
    return Optional.of(new Reading(QuantityUnit.counted(Lemmas.noun(word, "NNS")), tokens.get(last).end()));
  }

  /** The unit a counted noun phrase names: a unit of measure ("feet") or what is counted. */
  static Reading counted(CountedNouns.Noun noun, List<Token> tokens) {
    int nounEnd = tokens.get(noun.last() - 1).end();
    Optional<QuantityUnit> measure =
        UnitSpellings.of(noun.words())
            .or(() -> UnitSpellings.of(lastWord(noun.words())))
            .flatMap(QuantityUnit::named);
    return new Reading(measure.orElse(QuantityUnit.counted(noun.lemma())), nounEnd);
  }

  // "5 percentage points": the tagger's percent followed by "points".
  private static QuantityUnit percentUnit(SentenceMentions s, int end) {
    List<Token> tokens = s.sentence().tokens();
    int next = s.tokenEnd(end);
    boolean points =
        next < tokens.size() && tokens.get(next).word().toLowerCase(Locale.ROOT).startsWith("point");
    return QuantityUnit.named(points ? "percentage point" : "percent").orElseThrow();
  }

  // A new row or cell: an empty line, an indented line or a wide gap. A newline alone is a
  // wrapped line of running text ("crushed 21,782,929\nbushels").
  private static boolean isLineBreak(String gap) {
    return gap.contains("\n\n") || gap.contains("\n  ") || gap.contains("   ") || gap.contains("\t");
  }

  private static String lastWord(String words) {
    int space = words.lastIndexOf(' ');
    return space < 0 ? words : words.substring(space + 1);
  }
}
