package org.newsfacts.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.AnnotatedText.RawMention;
import org.newsfacts.extract.AnnotatedText.Sentence;
import org.newsfacts.extract.AnnotatedText.Token;

/**
 * Temporal expressions of business news that SUTime does not mark: "the year-earlier period",
 * "the year-ago quarter", "year-earlier" as a modifier, "the latest period", dates that count from an earlier one
 * ("later that year") and months or years in one hyphenated word ("mid-November"). They are added
 * as DATE mentions; {@link TimexNormalizer} gives those without a value one.
 */
final class MissedTimexes {
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
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final Set<String> TEMPORAL_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

  private MissedTimexes() {}

  /** The tagger's mentions and the missed ones, in text order. */
  static List<RawMention> withMissed(AnnotatedText annotated) {
    List<RawMention> all = new ArrayList<>(annotated.mentions());
    boolean added = addAnaphoric(annotated, all);
    added |= addPrefixed(annotated, all);
    for (Sentence sentence : annotated.sentences()) {
      Matcher m = MISSED.matcher(annotated.text());
      m.region(sentence.begin(), sentence.end());
      while (m.find()) {
        int first = firstTokenFrom(sentence.tokens(), m.start());
        int end = endTokenTo(sentence.tokens(), m.end());
        if (first < 0 || end <= first) {
          continue;
        }
        int begin = sentence.tokens().get(first).begin();
        int stop = sentence.tokens().get(end - 1).end();
        List<RawMention> inside = overlapping(all, begin, stop);
        if (inside.isEmpty()) {
          all.add(new RawMention("DATE", begin, stop, sentence.index(), first, end, null, "", "DATE"));
          added = true;
        } else if (allTemporalWithin(inside, begin, stop)) {
          // "the year-ago third quarter" where the tagger saw "third quarter": keep its value,
          // which the year-ago rule then moves back a year.
          all.removeAll(inside);
          String value = inside.get(0).timexValue() == null ? "" : inside.get(0).timexValue();
          all.add(new RawMention("DATE", begin, stop, sentence.index(), first, end, null, value, "DATE"));
          added = true;
        }
      }
    }
    if (added) {
      all.sort(Comparator.comparingInt(RawMention::begin));
    }
    return all;
  }

  /**
   * Adds "later that year" and the like, in place of temporal mentions inside them; true when it
   * added one. Whether one is resolved or dropped is up to {@link AnaphoricDates}.
   */
  private static boolean addAnaphoric(AnnotatedText annotated, List<RawMention> all) {
    boolean added = false;
    for (Sentence sentence : annotated.sentences()) {
      Matcher m = ANAPHORIC.matcher(annotated.text());
      m.region(sentence.begin(), sentence.end());
      while (m.find()) {
        int first = firstTokenFrom(sentence.tokens(), m.start());
        int end = endTokenTo(sentence.tokens(), m.end());
        if (first < 0 || end <= first || !AnaphoricDates.isAnaphoric(m.group())) {
          continue;
        }
        int begin = sentence.tokens().get(first).begin();
        int stop = sentence.tokens().get(end - 1).end();
        List<RawMention> overlapping = overlapping(all, begin, stop);
        if (allTemporalWithin(overlapping, begin, stop)) {
          all.removeAll(overlapping);
          all.add(new RawMention("DATE", begin, stop, sentence.index(), first, end, null, "", "DATE"));
          added = true;
        }
      }
    }
    return added;
  }

  /**
   * Adds "mid-November" as the month (in the publication year, which the tense may move) and
   * "post-1959" as the year; true when it added one.
   */
  private static boolean addPrefixed(AnnotatedText annotated, List<RawMention> all) {
    boolean added = false;
    for (Sentence sentence : annotated.sentences()) {
      Matcher m = PREFIXED.matcher(annotated.text());
      m.region(sentence.begin(), sentence.end());
      while (m.find()) {
        int first = firstTokenFrom(sentence.tokens(), m.start());
        int end = endTokenTo(sentence.tokens(), m.end());
        if (first < 0 || end <= first || !overlapping(all, m.start(), m.end()).isEmpty()) {
          continue;
        }
        String value = m.group("year");
        if (value == null) {
          int month = MONTHS.indexOf(m.group("month").substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
          String year = annotated.docDate() == null ? "XXXX" : annotated.docDate().substring(0, 4);
          value = String.format(Locale.ROOT, "%s-%02d", year, month);
        }
        all.add(new RawMention("DATE", m.start(), m.end(), sentence.index(), first, end, null, value, "DATE"));
        added = true;
      }
    }
    return added;
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

  private static boolean allTemporalWithin(List<RawMention> mentions, int begin, int end) {
    for (RawMention m : mentions) {
      if (!TEMPORAL_TAGS.contains(m.tag()) || m.begin() < begin || m.end() > end) {
        return false;
      }
    }
    return true;
  }
}
