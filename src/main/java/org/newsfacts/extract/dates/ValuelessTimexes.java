package org.newsfacts.extract.dates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText.RawMention;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;

/**
 * Expressions SUTime marks but gives no value, because it glued a date to the words around it or
 * to a second expression: "the final quarter of 2009", "the first nine months of the year", "two
 * to three weeks", "a calendar year in December", "Nov. 3, the day before". A mention without a
 * value is always wrong; each of these becomes the part that has one, with the value SUTime gives
 * that part written alone, so that {@link TimexNormalizer} resolves it (tense and all) like any
 * other date. Two expressions glued into one ("eight weeks this spring", "1998, last week") become
 * both ({@link GluedParts}). Mentions that have a value are left as they are.
 */
final class ValuelessTimexes {
  private static final String MONTH =
      "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String UNITS = "(?<unit>second|minute|hour|day|week|month|year|decade)s";

  /** "the final quarter of 2009", "the first half of 1990": that part of the year. */
  private static final Pattern PART_OF_YEAR =
      Pattern.compile(
          "(?i)(?:the\\s+)?(?<ordinal>first|second|third|fourth|final|last)\\s+(?<part>quarter|half|two\\s+quarters)\\s+of\\s+"
              + "(?<year>(?:1[89]|20)\\d\\d)\\b");
  /** "the first nine months", "the past two weeks" (of whatever follows): a duration. */
  private static final Pattern FIRST_UNITS =
      Pattern.compile("(?i)(?:the\\s+)?(?:first|last|past)\\s+(?<count>\\d{1,3}|[a-z]+)\\s+" + UNITS + "\\b");
  /** "two to three weeks", "5 or 6 days": TimeML's value is the first count's. */
  private static final Pattern RANGE =
      Pattern.compile("(?i)(?<count>\\d{1,3}|[a-z]+)\\s+(?:to|or)\\s+(?:\\d{1,3}|[a-z]+)\\s+" + UNITS + "\\b");
  /** A month (capitalised: "may" is the verb), with or without its day, or "this year", at the end. */
  private static final Pattern DATE_AT_END =
      Pattern.compile("(?i)\\b(?:" + MONTH + "(?:\\s+(?<day>\\d{1,2}))?|(?<which>this|last|next)\\s+year)$");
  /** "the week of March 6", "the night of Oct. 23": the date is part of what comes before it. */
  private static final Pattern PART_OF = Pattern.compile("(?i)\\bof\\s*$");
  /** "Nov. 3, the day before": the date before a comma. */
  private static final Pattern DATE_BEFORE_COMMA =
      Pattern.compile("(?i)^" + MONTH + "\\s+(?<day>\\d{1,2})(?=\\s*,)");

  private ValuelessTimexes() {}

  /** The mentions with each valueless date or duration cut to the part that has a value. */
  static List<RawMention> reshape(List<RawMention> mentions, List<Sentence> sentences, String text, String docDate) {
    List<RawMention> out = new ArrayList<>(mentions.size());
    for (RawMention m : mentions) {
      boolean valueless = m.timexValue() == null || m.timexValue().isEmpty();
      if (!valueless || !("DATE".equals(m.tag()) || "DURATION".equals(m.tag()) || "SET".equals(m.tag()))) {
        out.add(m);
        continue;
      }
      Sentence sentence = sentences.get(m.sentence());
      String written = text.substring(m.begin(), m.end());
      // Two expressions glued into one ("eight weeks this spring") become both; one that has a
      // value inside longer words ("the final quarter of 2009") becomes that one.
      LocalDate published = parse(docDate);
      List<RawMention> glued = published == null ? List.of() : GluedParts.of(m, sentence, written, published);
      RawMention part = glued.size() >= 2 || "SET".equals(m.tag()) ? null : valuedPart(m, sentence, written, docDate);
      if (part != null) {
        out.add(part);
      } else if (glued.size() >= 2 || "SET".equals(m.tag()) && !glued.isEmpty()) {
        out.addAll(glued);
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private static RawMention valuedPart(RawMention m, Sentence sentence, String written, String docDate) {
    Matcher part = PART_OF_YEAR.matcher(written);
    if (part.find()) {
      return RelativeDurations.at(m, sentence, "DATE", m.begin() + part.start(), m.begin() + part.end(), partOfYear(part));
    }
    for (Pattern durations : List.of(FIRST_UNITS, RANGE)) {
      Matcher d = durations.matcher(written);
      String value = d.find() ? RelativeDurations.durationValue(d) : null;
      if (value != null) {
        return RelativeDurations.at(m, sentence, "DURATION", m.begin() + d.start(), m.begin() + d.end(), value);
      }
    }
    LocalDate published = parse(docDate);
    if (published == null) {
      return null;
    }
    for (Pattern dates : List.of(DATE_AT_END, DATE_BEFORE_COMMA)) {
      Matcher d = dates.matcher(written);
      if (d.find()
          && !PART_OF.matcher(written.substring(0, d.start())).find()
          && (d.group("month") == null || Character.isUpperCase(d.group("month").charAt(0)))) {
        return RelativeDurations.at(m, sentence, "DATE", m.begin() + d.start(), m.begin() + d.end(), dateValue(d, published));
      }
    }
    return null;
  }

  private static String partOfYear(Matcher m) {
    String ordinal = m.group("ordinal").toLowerCase(Locale.ROOT);
    // "the first two quarters of 1990" is its first half.
    boolean quarter = m.group("part").equalsIgnoreCase("quarter");
    int n =
        switch (ordinal) {
          case "first" -> 1;
          case "second" -> 2;
          case "third" -> 3;
          default -> quarter ? 4 : 2; // "fourth", "final", "last"
        };
    if (!quarter && n > 2) {
      n = 2; // "the third half" is no half; read it as the second
    }
    return m.group("year") + (quarter ? "-Q" : "-H") + n;
  }

  /** The value SUTime gives the date written alone: in the publication year, before any tense rule. */
  private static String dateValue(Matcher m, LocalDate published) {
    if (m.pattern() == DATE_AT_END && m.group("which") != null) {
      int shift = switch (m.group("which").toLowerCase(Locale.ROOT)) {
        case "last" -> -1;
        case "next" -> 1;
        default -> 0;
      };
      return String.valueOf(published.getYear() + shift);
    }
    String month = String.format(Locale.ROOT, "%d-%02d", published.getYear(), TimexValues.monthNumber(m.group("month")));
    return m.group("day") == null ? month : String.format(Locale.ROOT, "%s-%02d", month, Integer.parseInt(m.group("day")));
  }

  private static LocalDate parse(String docDate) {
    try {
      return docDate == null ? null : LocalDate.parse(docDate);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
