package org.newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.RawMention;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;

/**
 * Temporal expressions SUTime does not mark, or marks only in part: comparison periods of business
 * news ("the year-earlier period", "the year-ago quarter", "year-earlier" as a modifier, "the
 * latest period"), horizons ahead ("in the near term"), dates that count from an earlier one
 * ("later that year"), months or years in one hyphenated word ("mid-November"), counted durations
 * ("5 1/2 hours"), lengths given as adjectives ("decades-long"), runs that count up to now
 * ("a second consecutive day") and a company's year ("fiscal 2016 earnings"). They replace what the tagger found inside them; {@link
 * TimexNormalizer} gives those without a value one.
 */
public final class MissedTimexes {
  private static final Pattern MISSED =
      Pattern.compile(
          "(?i)\\b(?:the\\s+)?(?:(?:comparable|same)\\s+)?year\\s*-\\s*(?:earlier|ago)\\b"
              + "(?:\\s+(?:(?:first|second|third|fourth)\\s+)?(?:quarter|period)\\b)?"
              + "|\\b(?:the\\s+)?latest\\s+period\\b");
  // "later that year", "earlier that day", "that same week": SUTime keeps at most the bare unit,
  // which on its own is no TIMEX3; the whole phrase replaces it.
  private static final Pattern ANAPHORIC =
      Pattern.compile("(?i)\\b(?:(?:later|earlier)\\s+that|that\\s+same|that)\\s+(?:day|week|month|year)\\b(?!-)");
  // "mid-November", "late-1996", "post-1959": one hyphenated word the tagger does not read as a date.
  private static final Pattern PREFIXED =
      Pattern.compile(
          "(?i)\\b(?:mid|late|early|pre|post)-(?:(?<month>jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july"
              + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|(?<year>(?:1[89]|20)\\d\\d))\\b(?!-)");
  // "the war of 1914-18", "mayor in 1998-2001": SUTime misses the first and reads the second as
  // a duration in hours. Not a date ("2009-10-05"), a longer number run ("1998-99-00") or the pages
  // of a journal ("174(10):1587-95").
  private static final Pattern YEAR_RANGE =
      Pattern.compile("(?<![\\d/:-])(?<first>(?:1[5-9]|20)\\d\\d)[-–](?<second>(?:1[5-9]|20)?\\d\\d)(?![\\d/-])");
  // "fiscal 2016 earnings", "sales in fiscal 1989": a company's year, which TimeML marks with its
  // "fiscal"; SUTime leaves out the word, and a year right before a noun altogether. Not a range
  // of years ("fiscal 2015-16").
  static final Pattern FISCAL_YEAR =
      Pattern.compile("(?i)\\bfiscal\\s+(?:year\\s+)?(?<year>(?:19|20)\\d\\d)\\b(?![-–/]\\d)");
  // What a missed expression may replace: the tagger's part of it, and the count in "two more weeks".
  private static final Set<String> REPLACEABLE_TAGS = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL");

  private MissedTimexes() {}

  /** The tagger's mentions and the missed ones, in text order. */
  public static List<RawMention> withMissed(AnnotatedText annotated) {
    List<RawMention> all =
        ValuelessTimexes.reshape(
            RelativeDurations.reshape(
                GluedTimexes.reshape(annotated.mentions(), annotated.sentences(), annotated.text(), annotated.docDate()),
                annotated.sentences(),
                annotated.text(),
                annotated.docDate()),
            annotated.sentences(),
            annotated.text(),
            annotated.docDate());
    // "the year-ago third quarter" where the tagger saw "third quarter": keep its value, which
    // the year-ago rule then moves back a year.
    boolean added = addReplacing(annotated, all, MISSED, "DATE", (m, inside) -> valueOf(inside));
    // Whether "later that year" is resolved or dropped is up to AnaphoricDates.
    added |= addReplacing(annotated, all, ANAPHORIC, "DATE",
        (m, inside) -> AnaphoricDates.isAnaphoric(m.group()) ? "" : null);
    added |= addReplacing(annotated, all, PREFIXED, "DATE", (m, inside) -> prefixedValue(m, annotated.docDate()));
    added |= addReplacing(annotated, all, CountedDurations.COUNTED, "DURATION",
        (m, inside) -> CountedDurations.value(m));
    added |= addReplacing(annotated, all, DurationAdjectives.LENGTH, "DURATION",
        (m, inside) -> DurationAdjectives.value(m));
    // "a second consecutive day": TimexNormalizer gives it the current day.
    added |= addReplacing(annotated, all, OrdinalRuns.MISSED, "DATE", (m, inside) -> "");
    added |= addReplacing(annotated, all, YearHalves.HALF, "DATE", (m, inside) -> YearHalves.value(m, annotated.text(), annotated.docDate()));
    added |= addReplacing(annotated, all, TimeHorizons.HORIZON, "DATE", (m, inside) -> TimeHorizons.VALUE);
    added |= addReplacing(annotated, all, CountedDurations.RUN, "DURATION", (m, inside) -> CountedDurations.runValue(m));
    added |= addReplacing(annotated, all, CompoundDurations.EVERY, "SET", (m, inside) -> CompoundDurations.value(m));
    added |= addReplacing(annotated, all, CompoundDurations.LENGTHS, "DURATION", (m, inside) -> CompoundDurations.value(m));
    added |= addReplacing(annotated, all, FISCAL_YEAR, "DATE", (m, inside) -> m.group("year"));
    // "1914-18", "1998-2001": the mention builder splits a year range into its two years.
    added |= addReplacing(annotated, all, YEAR_RANGE, "DATE", (m, inside) -> isRange(m) ? "" : null);
    if (added) {
      all.sort(Comparator.comparingInt(RawMention::begin));
    }
    return all;
  }

  /** The value of a missed mention from its match and the tagger's mentions inside it; null to skip it. */
  private interface ValueOf {
    String value(Matcher match, List<RawMention> inside);
  }

  /**
   * Adds each match of {@code pattern} that starts and ends on token boundaries, in place of the
   * tagger's temporal mentions inside it; a match that overlaps anything else is left out.
   * True when it added one.
   */
  private static boolean addReplacing(
      AnnotatedText annotated, List<RawMention> all, Pattern pattern, String tag, ValueOf valueOf) {
    boolean added = false;
    // One matcher for the whole text, reset to each sentence in turn by region().
    Matcher m = pattern.matcher(annotated.text());
    for (Sentence sentence : annotated.sentences()) {
      m.region(sentence.begin(), sentence.end());
      while (m.find()) {
        int first = firstTokenFrom(sentence.tokens(), m.start());
        int end = endTokenTo(sentence.tokens(), m.end());
        if (first < 0 || end <= first) {
          continue;
        }
        List<RawMention> inside = overlapping(all, m.start(), m.end());
        String value = allReplaceableWithin(inside, m.start(), m.end()) ? valueOf.value(m, inside) : null;
        if (value != null) {
          all.removeAll(inside);
          all.add(new RawMention(tag, m.start(), m.end(), sentence.index(), first, end, null, value, tag));
          added = true;
        }
      }
    }
    return added;
  }

  /** Whether the second year of a {@link #YEAR_RANGE} match comes after the first. */
  private static boolean isRange(Matcher m) {
    String first = m.group("first");
    String second = m.group("second");
    String secondYear = second.length() == 2 ? first.substring(0, 2) + second : second;
    return secondYear.compareTo(first) > 0;
  }

  private static String valueOf(List<RawMention> inside) {
    return inside.isEmpty() || inside.get(0).timexValue() == null ? "" : inside.get(0).timexValue();
  }

  /** "mid-November" is the month in the publication year, which the tense may move; "post-1959" the year. */
  private static String prefixedValue(Matcher m, String docDate) {
    if (m.group("year") != null) {
      return m.group("year");
    }
    int month = TimexValues.monthNumber(m.group("month"));
    String year = docDate == null ? "XXXX" : docDate.substring(0, 4);
    return String.format(Locale.ROOT, "%s-%02d", year, month);
  }

  private static List<RawMention> overlapping(List<RawMention> mentions, int begin, int end) {
    List<RawMention> out = new ArrayList<>();
    for (RawMention m : mentions) {
      if (m.begin() < end && begin < m.end()) {
        out.add(m);
      }
    }
    return out;
  }

  private static int firstTokenFrom(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).begin() == offset) {
        return i;
      }
    }
    return -1;
  }

  private static int endTokenTo(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() == offset) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean allReplaceableWithin(List<RawMention> mentions, int begin, int end) {
    for (RawMention m : mentions) {
      if (!REPLACEABLE_TAGS.contains(m.tag()) || m.begin() < begin || m.end() > end) {
        return false;
      }
    }
    return true;
  }
}
