package org.newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText.RawMention;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;

/**
 * Two expressions SUTime glued into one mention where TimeML marks each: a rate or period that
 * starts from a date ("save 80 million euros a year from 2019", "rise every year from 2013", "200
 * litres a day from March 1": SUTime makes one date a year after the other), and a date followed
 * by how far it moved ("arrives on November 11, three days later than planned": SUTime adds the
 * days to the date). Each part gets its own mention: the rate a set, the date the value SUTime
 * gives it written alone ({@link TimexNormalizer} then resolves it like any other), and "three
 * days later" is left to {@link RelativeDurations}, which makes it the duration.
 */
final class GluedTimexes {
  private static final String MONTH =
      "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String DATE =
      "(?<date>(?<year>(?:1[89]|20)\\d\\d)|" + MONTH + "\\s+(?<day>\\d{1,2})(?:\\s*,\\s*(?<dayYear>(?:1[89]|20)\\d\\d))?)";
  /** "a year from 2019", "every year from 2013", "a day from March 1". */
  private static final Pattern RATE_FROM =
      Pattern.compile("(?i)(?<rate>(?:a|an|one|every|each|per)\\s+(?<unit>day|week|month|quarter|year))\\s+from\\s+" + DATE);
  /** "November 11, three days later", "June 3, two weeks earlier". */
  private static final Pattern DATE_THEN_SHIFT =
      Pattern.compile("(?i)" + DATE + "\\s*,\\s*(?<shift>\\S+(?:\\s+\\S+)?\\s+(?:days?|weeks?|months?|years?)\\s+(?:later|earlier))");

  private GluedTimexes() {}

  /** The mentions with each glued pair split in two; other mentions as they are. */
  static List<RawMention> reshape(List<RawMention> mentions, List<Sentence> sentences, String text, String docDate) {
    List<RawMention> out = new ArrayList<>(mentions.size());
    for (RawMention m : mentions) {
      List<RawMention> parts =
          "DATE".equals(m.tag()) || "SET".equals(m.tag())
              ? split(m, sentences.get(m.sentence()), text.substring(m.begin(), m.end()), docDate)
              : List.of();
      out.addAll(parts.isEmpty() ? List.of(m) : parts);
    }
    return out;
  }

  private static List<RawMention> split(RawMention m, Sentence sentence, String written, String docDate) {
    List<RawMention> parts = new ArrayList<>(2);
    Matcher rate = RATE_FROM.matcher(written);
    Matcher shift = DATE_THEN_SHIFT.matcher(written);
    if (rate.matches()) {
      String unit = rate.group("unit").toUpperCase(Locale.ROOT).substring(0, 1);
      parts.add(RelativeDurations.at(m, sentence, "SET", m.begin() + rate.start("rate"), m.begin() + rate.end("rate"), "P1" + unit));
      parts.add(dateAt(m, sentence, rate, docDate));
    } else if (shift.matches()) {
      parts.add(dateAt(m, sentence, shift, docDate));
      // No value yet: RelativeDurations makes "three days later" the duration "three days".
      parts.add(RelativeDurations.at(m, sentence, "DATE", m.begin() + shift.start("shift"), m.begin() + shift.end("shift"), ""));
    }
    // A part whose date has no value spoils the split: the mention stays whole.
    return parts.contains(null) ? List.of() : parts;
  }

  private static RawMention dateAt(RawMention m, Sentence sentence, Matcher d, String docDate) {
    String value = dateValue(d, docDate);
    return value == null
        ? null
        : RelativeDurations.at(m, sentence, "DATE", m.begin() + d.start("date"), m.begin() + d.end("date"), value);
  }

  /** The year, or the month and day in the year written or else the publication year. */
  private static String dateValue(Matcher d, String docDate) {
    if (d.group("year") != null) {
      return d.group("year");
    }
    String year = d.group("dayYear") != null ? d.group("dayYear") : docDate == null ? null : docDate.substring(0, 4);
    if (year == null) {
      return null;
    }
    return String.format(
        Locale.ROOT, "%s-%02d-%02d", year, TimexValues.monthNumber(d.group("month")), Integer.parseInt(d.group("day")));
  }
}
