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
  // Enough words before a number for "cut the risk of death by a third" and "cut the journey from
  // 4 hours 20 minutes to".
  private static final int CONTEXT_WORDS = 12;
  private static final int TABLE_CELLS = 6;
  private static final Pattern SCORE = Pattern.compile("(\\d{1,4})[-–](\\d{1,4})");
  // Tags of the word before a spaced minus sign: a preposition, "to" or a verb.
  private static final List<String> SIGN_BEFORE = List.of("IN", "TO", "VB");
  private static final List<String> SIGNS = List.of("-", "−", "minus", "negative");
  // "just over two hours": more than, even of a span of time.
  private static final List<String> SPAN_OVER_EXCEPT = List.of("just", "well", "slightly");
  // What a team or player loses a tally of: "lost 8 straight games".
  private static final List<String> CONTESTS =
      List.of("game", "match", "fixture", "bout", "fight", "race", "set", "frame", "final", "contest", "tie");
  private static final List<String> LOST = List.of("lost", "lose", "loses", "losing");
  // Nouns whose plural is the singular: "the 400 aircraft" is a count.
  private static final List<String> SAME_PLURAL =
      List.of("aircraft", "staff", "crew", "personnel", "police", "bitcoin", "cattle", "livestock", "sheep",
          "fish", "deer", "offspring", "swine", "salmon", "series", "species", "spacecraft", "hovercraft",
          "infantry", "workforce", "headcount", "yuan", "yen", "won", "rand");
  // Prepositions after a length that say where it ends: a distance, not how much a level moved.
  private static final List<String> PLACE_WORDS = List.of("off", "into", "onto", "from");
  private static final Pattern DECADES = Pattern.compile("(?i)([\\p{L}\\d.,]+)[\\s-]+(decades?|century|centuries)\\b");
  // "over a decade", "in a century": one of the unit, which the date rules give no number (P1E).
  private static final Pattern ONE_DECADE = Pattern.compile("(?i)(?:a|an|one)\\s+(decade|century)");
  private static final Pattern A_UNIT = Pattern.compile("(?i)(?:[\\p{L} ]+ )?an? \\p{L}+");
  private static final List<String> END_PHRASE = List.of(".", ";", ":", "!", "?");
  private static final Pattern PERIOD = Pattern.compile("P(T?)(\\d+(?:\\.\\d+)?)([YMWDHS])");

  private QuantityFinder() {}

  public static List<QuantityFact> find(SentenceMentions s, String text) {
    List<QuantityFact> facts = new ArrayList<>();
    int covered = -1;
    for (Mention m : s.mentions()) {
      if (m.start() < covered) {
        continue; // the second number of a range, already read with the first
      }
      Optional<Found> found = Optional.empty();
      if (m.number() != null && m.type().isNumeric() && m.type() != MentionType.ORDINAL) {
        found = numeric(m, s, text);
      } else if (isCountedPeriod(m)) {
        List<QuantityFact> parts = durationParts(m, s, text);
        if (!parts.isEmpty()) {
          facts.addAll(parts);
          covered = m.end();
          continue;
        }
        found = duration(m, s, text).map(f -> new Found(f, f.end()));
      } else if (m.type() == MentionType.DURATION && m.timex() != null && ONE_DECADE.matcher(m.text()).matches()) {
        found = Optional.of(oneDecade(m, s, text));
      } else if (isOneUnitOf(m)) {
        found = boundedOne(m, s, text).map(f -> new Found(f, f.end()));
      } else if (m.type() == MentionType.DATE) {
        found = longAgo(m, s, text).or(() -> spanBeforeDate(m, s, text));
      }
      if (found.isPresent()) {
        facts.add(found.get().fact());
        covered = found.get().numberEnd();
      }
    }
    facts.addAll(ages(s, text, facts));
    facts.addAll(fractions(s, text, facts));
    facts.addAll(multiples(s, text, facts));
    facts.sort(Comparator.comparingInt(QuantityFact::start));
    facts = FeetAndInches.apply(facts, s.sentence().textIn(text), s.sentence().begin());
    return Restatements.apply(ElidedUnits.apply(facts, text), text);
  }

  // An age replaces the bare number read from it ("aged 87" is 87 year, not 87).
  private static List<QuantityFact> ages(SentenceMentions s, String text, List<QuantityFact> found) {
    List<QuantityFact> ages = new ArrayList<>();
    int offset = s.sentence().begin();
    for (Ages.Age age : Ages.in(s.sentence().textIn(text))) {
      int start = offset + age.start();
      int end = offset + age.end();
      found.removeIf(f -> f.unit() == null && f.start() < end && start < f.end());
      boolean taken = found.stream().anyMatch(f -> f.start() < end && start < f.end())
          || ages.stream().anyMatch(f -> f.start() < end && start < f.end());
      if (taken) {
        continue;
      }
      QuantityUnit unit = QuantityUnit.named(age.unit()).orElseThrow();
      ages.add(
          new QuantityFact(
              age.value(), age.high(), unit.name(), unit.dimension(), null, unit.toSi(age.value()),
              ChangeMarkers.after(ChangeMarkers.of(wordsBefore(start, s), ""), wordsAfter(end, s)),
              text.substring(start, end), null, null, start, end, s.sentence().textIn(text)));
    }
    return ages;
  }

  // "a third of the voters", "about half the seats", "cut by a third".
  private static List<QuantityFact> fractions(SentenceMentions s, String text, List<QuantityFact> found) {
    List<QuantityFact> fractions = new ArrayList<>();
    List<Token> tokens = s.sentence().tokens();
    for (Fractions.Fraction f : Fractions.in(tokens)) {
      int start = tokens.get(f.first()).begin();
      int numberEnd = tokens.get(f.last() - 1).end();
      boolean taken = found.stream().anyMatch(q -> q.start() < numberEnd && start < q.end());
      if (taken) {
        continue;
      }
      UnitReader.Reading unit =
          (f.countedFrom() < 0 ? Optional.<CountedNouns.Noun>empty() : CountedNouns.from(tokens, f.countedFrom()))
              .map(noun -> UnitReader.counted(noun, tokens))
              .orElse(new UnitReader.Reading(QuantityUnit.NONE, numberEnd));
      int end = Math.max(numberEnd, unit.end());
      fractions.add(
          new QuantityFact(
              f.value(), null, unit.unit().name(), unit.unit().dimension(), unit.unit().currency(),
              unit.unit().toSi(f.value()),
              ChangeMarkers.after(ChangeMarkers.of(wordsBefore(start, s), ""), wordsAfter(numberEnd, s)),
              text.substring(start, numberEnd), null, null, start, end, s.sentence().textIn(text)));
    }
    return fractions;
  }

  // "twice as much as", "twice the rate": the multiple 2, as "three times as many" is 3; "rose
  // 45-fold", "a five-fold rise": 45 and 5 (up).
  private static List<QuantityFact> multiples(SentenceMentions s, String text, List<QuantityFact> found) {
    List<QuantityFact> multiples = new ArrayList<>();
    List<Token> tokens = s.sentence().tokens();
    for (WordMultiples.Multiple multiple : WordMultiples.in(tokens)) {
      Token twice = tokens.get(multiple.index());
      if (found.stream().anyMatch(q -> q.start() < twice.end() && twice.begin() < q.end())) {
        continue;
      }
      BigDecimal times = multiple.value();
      List<String> before = wordsBefore(twice.begin(), s);
      String change = ChangeMarkers.of(before, "");
      if (multiple.ofChange()) {
        // "rose 45-fold", "a five-fold rise": a multiple by "-fold" is one of a change, or nothing
        // ("our emphasis is two-fold")
        String noun = ChangeMarkers.changeNoun(wordsAfter(twice.end(), s));
        change = noun != null ? noun : change;
        if (!change.equals("up") && !change.equals("down")) {
          continue;
        }
      }
      multiples.add(
          new QuantityFact(
              times, null, QuantityUnit.NONE.name(), QuantityUnit.NONE.dimension(), null,
              QuantityUnit.NONE.toSi(times), change, text.substring(twice.begin(), twice.end()),
              null, null, twice.begin(), twice.end(), s.sentence().textIn(text)));
    }
    return multiples;
  }

  // "66 million years ago": a date mention whose span is too long for a date is a number of years.
  private static Optional<Found> longAgo(Mention m, SentenceMentions s, String text) {
    return LongAgo.in(m.text())
        .map(span -> new Found(fact(m, span.years(), null, QuantityUnit.named("year").orElseThrow(), m.end(), s, text),
            m.end()));
  }

  // "fell to 76.1 years in 2021": the span of time a date mention starts with.
  private static Optional<Found> spanBeforeDate(Mention m, SentenceMentions s, String text) {
    return SpansBeforeDates.in(m.text()).map(span -> {
      int start = m.start() + span.start();
      int end = m.start() + span.end();
      Mention piece = new Mention(
          MentionType.DURATION, start, end, text.substring(start, end), null, null, null, null, null, m.sentence());
      QuantityUnit unit = QuantityUnit.named(span.unit()).orElseThrow();
      return new Found(fact(piece, span.value(), null, unit, end, s, text), end);
    });
  }

  /** A fact and the end of its number (or range), before its unit. */
  private record Found(QuantityFact fact, int numberEnd) {}

  // "ten minutes", "four-year", "every four years"; not "a year" of "$5 a year", a rate.
  private static boolean isCountedPeriod(Mention m) {
    if ((m.type() != MentionType.DURATION && m.type() != MentionType.SET) || m.timex() == null) {
      return false;
    }
    for (String word : m.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
      if (!word.isEmpty() && (Character.isDigit(word.charAt(0)) || NumberWords.cardinal(word) != null)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Found> numeric(Mention m, SentenceMentions s, String text) {
    Optional<QuantityUnit> leading = LeadingUnits.before(m, s);
    if (leading.isPresent() && m.type() == MentionType.NUMBER) {
      return Optional.of(new Found(fact(m, m.number(), null, leading.get(), m.end(), s, text), m.end()));
    }
    if (m.type() == MentionType.NUMBER
        && (isLabel(m, s, text) || isScore(m) || ListMarkers.isMarker(text, m.start(), m.end())
            || isPerScale(m, s))) {
      return Optional.empty();
    }
    int limit = Math.min(s.sentence().end(), m.end() + UNIT_WINDOW);
    int from = readFrom(m, s, text);
    Optional<QuantityParser.Extent> extent = QuantityParser.read(text.substring(from, limit));
    BigDecimal value = m.number();
    BigDecimal high = null;
    int end = m.end();
    NormalizedQuantity q = null;
    if (extent.isPresent() && refines(value, extent.get().quantity(), from < m.start())) {
      value = extent.get().quantity().value(); // "six and a half years", "half a million"
    }
    if (extent.isPresent() && extent.get().quantity().value().compareTo(value) == 0) {
      q = extent.get().quantity();
      high = q.high();
      end = Math.max(end, from + extent.get().end());
    }
    if (high != null && ChangeRanges.isChange(wordsBefore(m.start(), s), value, high)) {
      // "fell by 13,000 to 217,000": the first figure alone; the second is read on its own
      q = null;
      high = null;
      extent = Optional.empty();
      end = m.end();
    }
    if (isAfterMinus(m, s)) {
      value = value.negate(); // "minus 30 degrees": the tagger leaves the sign out
    }
    UnitReader.Reading unit = UnitReader.read(m, q, extent.orElse(null), from, end, s, text);
    if (unit.unit().name() == null
        && !QuantityUnit.CURRENCY.equals(unit.unit().dimension())
        && !isBareAmount(m, s)
        && !isWordAmount(m, s)
        && !UnitReader.isMultiple(s.sentence().tokens(), s.tokenEnd(end))) {
      return Optional.empty();
    }
    if (isOneOf(m, s)) {
      return Optional.empty();
    }
    int unitEnd = Math.max(end, unit.end());
    if (high == null && unit.unit().currency() != null && extent.isPresent() && q != null) {
      // "3 dollars and 50 cents": one amount, whose cents are read on from its currency (which
      // the tagger may have taken with the cents)
      Optional<CompoundAmounts.Part> cents = CompoundAmounts.after(unit.unit(), text, from + extent.get().end(), limit);
      if (cents.isPresent()) {
        value = value.add(cents.get().added());
        unitEnd = Math.max(unitEnd, cents.get().end());
        end = unitEnd;
      }
    }
    QuantityFact fact = fact(m, value, high, unit.unit(), unitEnd, s, text);
    return Optional.of(new Found(fact, end));
  }

  /**
   * Whether the quantity read around a mention is the mention's number made more exact: a
   * whole number with a fraction after it ("six" of "six and a half"), or a scale with a
   * fraction before it ("million" of "half a million").
   */
  private static boolean refines(BigDecimal mention, NormalizedQuantity read, boolean before) {
    BigDecimal value = read.value();
    if (read.high() != null || read.percent() || mention.signum() <= 0) {
      return false;
    }
    if (before) {
      return value.signum() > 0 && value.compareTo(mention) < 0;
    }
    if (read.currency() != null) {
      return false;
    }
    boolean whole = mention.stripTrailingZeros().scale() <= 0;
    BigDecimal added = value.subtract(mention);
    return whole && added.signum() > 0 && added.compareTo(BigDecimal.ONE) < 0;
  }

  /**
   * "$2.61 per million British thermal units", "per thousand cubic feet": a scale word alone
   * after "per" is part of the unit of a price, not a quantity of its own ("per 100,000 people",
   * with digits, is one).
   */
  private static boolean isPerScale(Mention m, SentenceMentions s) {
    int first = s.tokenAt(m.start());
    String written = m.text().toLowerCase(Locale.ROOT).strip();
    return first > 0 && word(s.sentence().tokens(), first - 1).equals("per") && NumberWords.scale(written) != null;
  }

  // "the 3-1 win", "lost 112-104": a score or a tally, whose second number is not the larger.
  private static boolean isScore(Mention m) {
    Matcher score = SCORE.matcher(m.text());
    return score.matches() && Long.parseLong(score.group(2)) <= Long.parseLong(score.group(1));
  }

  /**
   * Where to read the quantity from: the mention, or the word before it when the tagger left out
   * a currency ("Rs" of "Rs 450 crore") or the "between" that makes "200 and 300" a range.
   */
  private static int readFrom(Mention m, SentenceMentions s, String text) {
    int first = s.tokenAt(m.start());
    if (first == 0) {
      return m.start();
    }
    Token previous = s.sentence().tokens().get(first - 1);
    String word = previous.word().toLowerCase(Locale.ROOT);
    // Symbols and codes only ("Rs", "NT$"): "won" of "the Chiefs won 31-17" is no currency here.
    boolean currency =
        !Character.isLowerCase(previous.word().charAt(0))
            && QuantityNormalizer.parse(previous.word() + " 1").map(NormalizedQuantity::currency).isPresent();
    if (word.equals("between") || word.equals("from") || currency) {
      return previous.begin();
    }
    return shareBefore(m, first, s);
  }

  /**
   * Where "half a", "a quarter" or "three quarters" starts before a scale the tagger took alone
   * ("million" of "half a million", "a quarter million us dollars"); else the mention's start.
   */
  private static int shareBefore(Mention m, int first, SentenceMentions s) {
    List<Token> tokens = s.sentence().tokens();
    if (!Character.isLetter(m.text().charAt(0)) || NumberWords.scale(firstWord(m)) == null) {
      return m.start(); // only before a scale word: "the fourth quarter 1.2 million cars" is no share
    }
    int i = first - 1;
    if (i > 0 && (word(tokens, i).equals("a") || word(tokens, i).equals("an"))) {
      i--; // "half a million"
    }
    String share = word(tokens, i);
    if (NumberWords.denominator(share) == null || NumberWords.ordinal(share) != null) {
      return m.start();
    }
    String numerator = i > 0 ? word(tokens, i - 1) : "";
    boolean counted = numerator.equals("a") || numerator.equals("one")
        || (NumberWords.isSmallCardinal(numerator) && share.endsWith("s"));
    return tokens.get(counted ? i - 1 : i).begin();
  }

  private static String firstWord(Mention m) {
    return m.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+", 2)[0];
  }

  private static String word(List<Token> tokens, int i) {
    return i < 0 || i >= tokens.size() ? "" : tokens.get(i).word().toLowerCase(Locale.ROOT);
  }

  /**
   * A number with nothing counted after it that is still an amount ("rose to 43,000", "a crowd
   * of 73,000", "218 to 214"): written in digits, and neither after a noun ("Game 5", "highway
   * 35", "page 3") nor before a name ("45 Market Street"). A lone "one" is no amount.
   */
  private static boolean isBareAmount(Mention m, SentenceMentions s) {
    if (m.type() != MentionType.NUMBER || m.text().chars().noneMatch(Character::isDigit)) {
      return false;
    }
    List<Token> tokens = s.sentence().tokens();
    int first = s.tokenAt(m.start());
    int next = s.tokenEnd(m.end());
    boolean afterNoun = first > 0 && tokens.get(first - 1).hasTag("NN");
    boolean beforeName = next < tokens.size() && tokens.get(next).hasTag("NNP");
    boolean listItem = next < tokens.size() && tokens.get(next).word().equals(")");
    return !afterNoun && !beforeName && !listItem && !isDayOfDate(m, first, s) && !isTableRow(s);
  }

  /**
   * A number written as a word with nothing counted after it that is still an amount: the first
   * of a ratio ("one in four adults") or what a noun is made of ("a crew of four", "the father of
   * three was"); not "one of" alone.
   */
  private static boolean isWordAmount(Mention m, SentenceMentions s) {
    if (m.type() != MentionType.NUMBER || m.number() == null) {
      return false;
    }
    List<Token> tokens = s.sentence().tokens();
    int first = s.tokenAt(m.start());
    int next = s.tokenEnd(m.end());
    boolean ratio = next + 1 < tokens.size() && word(tokens, next).equals("in") && tokens.get(next + 1).hasTag("CD");
    if (ratio) {
      return true;
    }
    boolean madeOf = first > 1 && word(tokens, first - 1).equals("of") && tokens.get(first - 2).hasTag("NN");
    return madeOf && endsPhrase(tokens, next) && m.number().compareTo(BigDecimal.ONE) > 0;
  }

  // A verb, a full stop or a preposition after a number ends its noun phrase: "the crew of four
  // will"; not "of five or six years", "of seven, eight and ten years", "a ratio of nine to one".
  private static boolean endsPhrase(List<Token> tokens, int next) {
    if (next >= tokens.size()) {
      return true;
    }
    Token after = tokens.get(next);
    boolean preposition = after.tag().equals("IN") && !after.word().equalsIgnoreCase("of");
    return after.hasTag("VB") || after.tag().equals("MD") || preposition || END_PHRASE.contains(after.word());
  }

  // "one of the major factors", "the one thing", "One way to": a phrase, not a count of one.
  private static boolean isOneOf(Mention m, SentenceMentions s) {
    return NumberIdioms.isIdiom(m.text(), s.sentence().tokens(), s.tokenAt(m.start()), s.tokenEnd(m.end()));
  }

  // "on Feb 17 and 19": the second day of a date the tagger ended before it.
  private static boolean isDayOfDate(Mention m, int first, SentenceMentions s) {
    if (first < 2 || m.number().compareTo(BigDecimal.ONE) < 0 || m.number().compareTo(BigDecimal.valueOf(31)) > 0
        || m.number().stripTrailingZeros().scale() > 0) {
      return false;
    }
    List<Token> tokens = s.sentence().tokens();
    String joint = tokens.get(first - 1).word().toLowerCase(Locale.ROOT);
    int dateEnd = tokens.get(first - 2).end();
    boolean joins = joint.equals("and") || joint.equals("or") || joint.equals("to") || joint.equals("-");
    return joins && s.ofType(MentionType.DATE).stream().anyMatch(d -> d.end() == dateEnd);
  }

  /**
   * A row of a table of figures (grain prices by city, "Chicago -- 3.04 2.98 --"): most of its
   * tokens are numbers or dashes, and its bare numbers are cells whose unit is in a header.
   */
  private static boolean isTableRow(SentenceMentions s) {
    List<Token> tokens = s.sentence().tokens();
    long cells = tokens.stream().filter(t -> t.hasTag("CD") || t.word().matches("-{2,}")).count();
    return cells >= TABLE_CELLS && cells * 2 >= tokens.size();
  }

  private static boolean isAfterMinus(Mention m, SentenceMentions s) {
    int first = s.tokenAt(m.start());
    if (first == 0 || m.number().signum() <= 0) {
      return false;
    }
    List<Token> tokens = s.sentence().tokens();
    String previous = tokens.get(first - 1).word().toLowerCase(Locale.ROOT);
    // "fell to - 20 degrees": a dash spaced off after a preposition or verb; not between numbers,
    // nor the bullet of a list item ("- 8 pct bonds due 1990")
    boolean dash = (previous.equals("-") || previous.equals("−"))
        && first > 1 && SIGN_BEFORE.stream().anyMatch(tokens.get(first - 2)::hasTag);
    // "plus or minus 3.1 percentage points": a margin, not a negative figure
    boolean margin = previous.equals("minus") && word(tokens, first - 2).equals("or") && word(tokens, first - 3).equals("plus");
    return (previous.equals("minus") && !margin) || previous.equals("negative") || dash;
  }

  // "3 minutes 43.2 seconds", "seven years and four months": a fact for each piece.
  private static List<QuantityFact> durationParts(Mention m, SentenceMentions s, String text) {
    if (PERIOD.matcher(m.timex()).matches()) {
      return List.of();
    }
    List<QuantityFact> facts = new ArrayList<>();
    for (DurationParts.Part part : DurationParts.in(m.text())) {
      int start = m.start() + part.start();
      int end = m.start() + part.end();
      Mention piece = new Mention(
          m.type(), start, end, text.substring(start, end), m.value(), m.canonical(), m.subtype(), m.iso(),
          m.currency(), m.sentence());
      QuantityFact fact = fact(piece, part.value(), null, QuantityUnit.named(part.unit()).orElseThrow(), end, s, text);
      // "cut to 2 hours 15 minutes": the words before the first piece qualify them all
      facts.add(facts.isEmpty() ? fact : withChange(fact, facts.get(0).change()));
    }
    return facts;
  }

  // "a year", "up to a week", "less than an hour": one of a unit of time, written with "a".
  private static boolean isOneUnitOf(Mention m) {
    return m.type() == MentionType.DURATION && m.timex() != null && m.timex().matches("PT?1[YMWDHS]")
        && A_UNIT.matcher(m.text()).matches();
  }

  /**
   * "up to a week", "less than a year", "more than an hour": one of a unit bounded by the words
   * before it is a quantity with that bound; "a year" alone is not ("up 5% in a year", the span
   * of a comparison, or "$5 a year", a rate).
   */
  private static Optional<QuantityFact> boundedOne(Mention m, SentenceMentions s, String text) {
    return duration(m, s, text).filter(f -> f.change().equals("<") || f.change().equals(">"));
  }

  private static Found oneDecade(Mention m, SentenceMentions s, String text) {
    Matcher one = ONE_DECADE.matcher(m.text());
    one.matches();
    QuantityUnit unit = QuantityUnit.named(one.group(1).toLowerCase(Locale.ROOT)).orElseThrow();
    return new Found(fact(m, BigDecimal.ONE, null, unit, m.end(), s, text), m.end());
  }

  private static QuantityFact withChange(QuantityFact f, String change) {
    return new QuantityFact(
        f.value(), f.high(), f.unit(), f.dimension(), f.currency(), f.siValue(), change, f.text(), f.place(),
        f.date(), f.start(), f.end(), f.sentence());
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
    // The written number where it reads ("43.2 seconds": the period says 43), and both ends of a
    // range ("7 to 9 hours", whose period is the first).
    Optional<NormalizedQuantity> written = QuantityNormalizer.parse(m.text());
    BigDecimal value = written.map(NormalizedQuantity::value).orElse(new BigDecimal(period.group(2)));
    BigDecimal high = written.map(NormalizedQuantity::high).orElse(null);
    // "four decades", "the past two decades": the period counts years (P40Y); the text, decades
    Matcher decades = DECADES.matcher(m.text());
    Optional<NormalizedQuantity> counted = decades.find()
        ? QuantityNormalizer.parse(decades.group(1)).filter(q -> q.high() == null && q.currency() == null)
        : Optional.empty();
    if (counted.isPresent()) {
      name = decades.group(2).toLowerCase(Locale.ROOT).startsWith("decade") ? "decade" : "century";
      value = counted.get().value();
      high = null;
    }
    return Optional.of(
        fact(m, value, high, QuantityUnit.named(name).orElseThrow(), m.end(), s, text));
  }

  private static QuantityFact fact(
      Mention m, BigDecimal value, BigDecimal high, QuantityUnit unit, int end, SentenceMentions s,
      String text) {
    List<String> before = wordsBefore(m.start(), s);
    if (!before.isEmpty() && SIGNS.contains(before.get(before.size() - 1))) {
      before = before.subList(0, before.size() - 1); // "fell to minus 30": the verb's change
    }
    List<String> after = wordsAfter(end, s);
    String change = ChangeMarkers.after(ChangeMarkers.of(before, m.text()), after);
    change = ChangeMarkers.nounAfter(change, before, after);
    if (change.equals(">") && isSpanOver(m, unit, s)) {
      change = "=";
    }
    if (change.equals("down") && isContestsLost(before, unit)) {
      change = "=";
    }
    if ((change.equals("up") || change.equals("down")) && isPartAfterParticle(before, wordsAfter(m.end(), s))) {
      change = ChangeMarkers.withoutTrend(before, m.text()); // "made up 16.3% of new car sales"
    }
    if ((change.equals("up") || change.equals("down")) && isDistanceToPlace(unit, after)) {
      change = ChangeMarkers.withoutTrend(before, m.text()); // "sank 47 nautical miles off the coast"
    }
    String currency = unit.currency();
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

  /**
   * "has lost 8 straight games", "lost five of its last eight matches": a tally of defeats, which
   * counts contests rather than a fall in anything.
   */
  private static boolean isContestsLost(List<String> before, QuantityUnit unit) {
    if (unit.name() == null || !CONTESTS.contains(unit.name())) {
      return false;
    }
    List<String> near = before.subList(Math.max(0, before.size() - 2), before.size());
    return near.stream().anyMatch(LOST::contains);
  }

  /**
   * Whether the "up" or "down" right before a number is the particle of a verb that takes a part
   * of something, not a move: "made up 16.3% of new car sales", "shot down 29 of 36 drones" (the
   * "of" after the number names the whole); "was up 5% on the year" stays a rise.
   */
  private static boolean isPartAfterParticle(List<String> before, List<String> afterNumber) {
    if (before.isEmpty() || afterNumber.isEmpty() || !afterNumber.get(0).equals("of")) {
      return false;
    }
    String last = before.get(before.size() - 1);
    return last.equals("up") || last.equals("down");
  }

  /**
   * Whether a length is how far away something went, not a change: "sank 47 nautical miles off
   * the coast", "plunged 200 feet into a ravine", "sank about 2 nautical miles from the port".
   */
  private static boolean isDistanceToPlace(QuantityUnit unit, List<String> after) {
    return "length".equals(unit.dimension()) && !after.isEmpty() && PLACE_WORDS.contains(after.get(0));
  }

  /**
   * Whether the "over" before a number spans rather than exceeds it: "over five years" (a span
   * of time), "104 pitches over six innings", "3,404 kilometres over 21 stages" (a figure spread
   * over another); not "just over two hours", nor "people over 65".
   */
  private static boolean isSpanOver(Mention m, QuantityUnit unit, SentenceMentions s) {
    List<Token> tokens = s.sentence().tokens();
    int over = s.tokenAt(m.start()) - 1;
    if (over < 0 || !word(tokens, over).equals("over") || SPAN_OVER_EXCEPT.contains(word(tokens, over - 1))) {
      return false;
    }
    if (unit.measure() != null && "time".equals(unit.dimension())) {
      return true;
    }
    boolean afterNoun = over > 0 && tokens.get(over - 1).hasTag("NN");
    boolean counted = false;
    for (int i = Math.max(0, over - 4); afterNoun && i < over - 1; i++) {
      counted |= tokens.get(i).hasTag("CD");
    }
    return counted;
  }

  // The two words after a quantity's end, lower-case.
  private static List<String> wordsAfter(int end, SentenceMentions s) {
    List<Token> tokens = s.sentence().tokens();
    List<String> words = new ArrayList<>();
    for (int i = s.tokenEnd(end); i < Math.min(tokens.size(), s.tokenEnd(end) + 2); i++) {
      words.add(tokens.get(i).word().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static List<String> wordsBefore(int start, SentenceMentions s) {
    List<Token> tokens = s.sentence().tokens();
    int first = s.tokenAt(start);
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
    // "Game 5", "iPhone 15"; not "US 500" (capitals only), whose number counts
    boolean capital = previous.word().chars().anyMatch(Character::isUpperCase);
    boolean name = previous.hasTag("NNP") && capital
        && !previous.word().equals(previous.word().toUpperCase(Locale.ROOT));
    // "No 1", "No 10": the abbreviation without its full stop, as British copy writes it
    boolean numbered = word.equals("no.") || previous.word().equals("No") && m.text().chars().allMatch(Character::isDigit);
    return name || numbered || word.equals("number") || word.equals("#")
        || isCapitalisedLabel(previous, first - 1, m, s) || isNounLabel(previous, m, s)
        || isModelNumber(word, m, s, text);
  }

  /**
   * "The 747 jumbo jet", "the 737 MAX": a number of three digits or more between "the" and a
   * singular noun or a name names a model; a count takes a plural ("the 650 seats"), or a noun
   * whose plural is its singular ("the 150 staff", "the 400 aircraft"), or a unit ("the 100 acre
   * farm").
   */
  private static boolean isModelNumber(String previous, Mention m, SentenceMentions s, String text) {
    if (!previous.equals("the") || m.text().length() < 3 || !m.text().chars().allMatch(Character::isDigit)) {
      return false;
    }
    List<Token> tokens = s.sentence().tokens();
    int next = s.tokenEnd(m.end());
    boolean glued = m.end() < text.length() && Character.isLetter(text.charAt(m.end()));
    if (next >= tokens.size() || glued || UnitSpellings.atStart(tokens.get(next).word()).isPresent()) {
      return false; // "the 200m freestyle", "the 200 metre freestyle": a unit, not a model
    }
    if (tokens.get(next).tag().equals("NNP")) {
      return true;
    }
    Optional<CountedNouns.Noun> noun = CountedNouns.from(tokens, next);
    if (noun.isEmpty()) {
      return false;
    }
    Token head = tokens.get(noun.get().last() - 1);
    String lemma = head.word().toLowerCase(Locale.ROOT);
    return head.tag().equals("NN") && !SAME_PLURAL.contains(lemma) && UnitSpellings.of(lemma).isEmpty()
        && QuantityNormalizer.parse("1 " + lemma).map(NormalizedQuantity::currency).isEmpty();
  }

  /**
   * "a Category 5 storm", "the Level 3 alert", "the Big 12": a capitalised word inside the
   * sentence, noun or adjective, names the number's series (the tagger often reads "Category" as
   * a common noun); at the sentence's start a capital says nothing, nor does an abbreviation
   * ("Approx. 290 employees"), nor a title in capitals ("Top 10 Shoe Companies", "The Only 19
   * SEO Tutorials"), where the counted noun after the number is capitalised too.
   */
  private static boolean isCapitalisedLabel(Token previous, int index, Mention m, SentenceMentions s) {
    String word = previous.word();
    boolean capitalised = index > 0 && Character.isUpperCase(word.charAt(0))
        && !word.equals(word.toUpperCase(Locale.ROOT)) && !word.endsWith(".");
    boolean noun = previous.tag().equals("NN") || previous.tag().equals("NNP") || previous.hasTag("JJ");
    List<Token> tokens = s.sentence().tokens();
    int next = s.tokenEnd(m.end());
    boolean titleCase = next < tokens.size() && Character.isUpperCase(tokens.get(next).word().charAt(0));
    return capitalised && noun && !titleCase;
  }

  /**
   * "page 7 of the report", "room 12 was": a whole number right after a singular noun, with no
   * noun or adjective after it, names that thing ("a record 73,000 fans" counts the fans).
   */
  private static boolean isNounLabel(Token previous, Mention m, SentenceMentions s) {
    // Capitals only are a code before its amount: "USD 200".
    boolean code = previous.word().equals(previous.word().toUpperCase(Locale.ROOT));
    if (!previous.tag().equals("NN") || code || !m.text().chars().allMatch(Character::isDigit)) {
      return false;
    }
    List<Token> tokens = s.sentence().tokens();
    int next = s.tokenEnd(m.end());
    return next >= tokens.size()
        || !(tokens.get(next).hasTag("NN") || tokens.get(next).hasTag("JJ") || tokens.get(next).hasTag("CD"));
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
