package org.newsfacts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.RawMention;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.dates.DayRanges;
import org.newsfacts.extract.dates.MissedTimexes;
import org.newsfacts.extract.dates.RatePeriods;
import org.newsfacts.extract.dates.TimexMerger;
import org.newsfacts.extract.dates.TimexNormalizer;
import org.newsfacts.extract.dates.TimexValues;
import org.newsfacts.extract.names.NameEdges;
import org.newsfacts.extract.names.NameOverlaps;
import org.newsfacts.extract.numbers.MissedAmounts;
import org.newsfacts.extract.numbers.NumericMentions;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Turns the tagger's raw mentions into {@link Mention}s: maps fine-grained labels to our types,
 * normalises numbers and dates, and drops what is not a fact (titles, ages as durations).
 * Canonical names are filled in later, once all mentions of an article are known.
 */
final class MentionBuilder {
  private static final Map<String, MentionType> TYPES =
      Map.ofEntries(
          Map.entry("PERSON", MentionType.PERSON),
          Map.entry("LOCATION", MentionType.LOCATION),
          Map.entry("COUNTRY", MentionType.LOCATION),
          Map.entry("STATE_OR_PROVINCE", MentionType.LOCATION),
          Map.entry("CITY", MentionType.LOCATION),
          Map.entry("ORGANIZATION", MentionType.ORGANIZATION),
          Map.entry("MISC", MentionType.MISC),
          Map.entry("NATIONALITY", MentionType.MISC),
          Map.entry("RELIGION", MentionType.MISC),
          Map.entry("IDEOLOGY", MentionType.MISC),
          Map.entry("NUMBER", MentionType.NUMBER),
          Map.entry("ORDINAL", MentionType.ORDINAL),
          Map.entry("MONEY", MentionType.MONEY),
          Map.entry("PERCENT", MentionType.PERCENT),
          Map.entry("DATE", MentionType.DATE),
          Map.entry("TIME", MentionType.TIME),
          Map.entry("DURATION", MentionType.DURATION),
          Map.entry("SET", MentionType.SET));

  private static final Map<String, String> LOCATION_SUBTYPES =
      Map.of("COUNTRY", "COUNTRY", "STATE_OR_PROVINCE", "STATE_OR_PROVINCE", "CITY", "CITY");

  // "22-year-old", "a six-month-old": ages, not durations.
  private static final Pattern AGE = Pattern.compile("(?i).*\\b(year|month|week|day)s?[- ]old\\b.*");
  // "2009-2010", "1987/88": two years, two dates.
  private static final Pattern YEAR_RANGE = Pattern.compile("((?:1[5-9]|20)\\d\\d)\\s*[-–/]\\s*((?:1[5-9]|20)?\\d\\d)");

  private MentionBuilder() {}

  static List<Mention> build(AnnotatedText annotated) {
    List<Mention> mentions = new ArrayList<>();
    TimexNormalizer timexes = new TimexNormalizer(annotated.docDate());
    for (RawMention raw : MissedTimexes.withMissed(annotated)) {
      MentionType type = TYPES.get(raw.tag());
      if (type == null) {
        continue; // TITLE, CAUSE_OF_DEATH, URL ...: used as context, not reported as mentions
      }
      String text = annotated.text().substring(raw.begin(), raw.end());
      if (type == MentionType.DURATION && AGE.matcher(text).matches()) {
        continue;
      }
      Sentence sentence = annotated.sentences().get(raw.sentence());
      if (type == MentionType.DATE && addYearRange(mentions, raw, text)) {
        continue;
      }
      if (type.isNumeric()) {
        addNumeric(mentions, raw, type, sentence, annotated.text());
        continue;
      }
      Object value = null;
      if (type.isTemporal()) {
        Optional<TimexValues.Timex> timex =
            timexes.normalize(type, raw.timexValue(), text, sentence, raw.firstToken(), raw.endToken());
        if (timex.isEmpty()) {
          continue; // "once", "quarterly", a lone "night": not a temporal expression in TimeML
        }
        type = timex.get().type();
        value = timex.get().value();
      }
      int noise = type.isNamedEntity() ? NameEdges.leadingNoise(type, text) : 0;
      mentions.add(
          new Mention(
              type,
              raw.begin() + noise,
              raw.end(),
              text.substring(noise),
              value,
              null,
              LOCATION_SUBTYPES.get(raw.tag()),
              null,
              null,
              raw.sentence()));
    }
    // "9 a.m. Tuesday": one time; "Rs16,189-crore": money the tagger missed; "Shearer" after
    // "Alan Shearer": a person the tagger missed.
    // "April 24 and 25", "Sept. 26-28": the second day of a range, a date of the first one's month.
    List<Mention> merged =
        MissedAmounts.withMissed(
            DayRanges.split(TimexMerger.merge(mentions, annotated.text()), annotated.text()), annotated);
    // "300,000 homes a year": a rate (a SET in TimeML), not a duration of one year. "He" inside
    // "He Kang" (the entity-mention pass lists the pronoun): one name there. The names are
    // corrected next, by NameRules.
    return NameOverlaps.refused(RatePeriods.asSets(merged, annotated));
  }

  private static void addNumeric(
      List<Mention> mentions, RawMention raw, MentionType type, Sentence sentence, String text) {
    // "40 mln dlrs": the tagger's "mln" is already inside the amount that grew over it.
    if (!mentions.isEmpty()) {
      Mention last = mentions.get(mentions.size() - 1);
      if (last.type().isNumeric() && last.start() <= raw.begin() && raw.end() <= last.end()) {
        return;
      }
    }
    NumericMentions.read(raw, sentence.tokens(), text)
        .ifPresent(
            v ->
                mentions.add(
                    new Mention(
                        typeOf(type, v),
                        raw.begin(),
                        v.end(),
                        text.substring(raw.begin(), v.end()),
                        v.number(),
                        null,
                        null,
                        null,
                        typeOf(type, v) == MentionType.MONEY ? v.currency() : null,
                        raw.sentence())));
  }

  /** The tagger calls "15 pct" a NUMBER; what the value turned out to be decides. */
  private static MentionType typeOf(MentionType tagged, NumericMentions.Value value) {
    if (value.percent()) {
      return MentionType.PERCENT;
    }
    if (value.currency() != null && tagged == MentionType.NUMBER) {
      return MentionType.MONEY;
    }
    return tagged;
  }

  private static boolean addYearRange(List<Mention> mentions, RawMention raw, String text) {
    Matcher range = YEAR_RANGE.matcher(text);
    if (!range.matches()) {
      return false;
    }
    String first = range.group(1);
    String second = range.group(2);
    String secondYear = second.length() == 2 ? first.substring(0, 2) + second : second;
    if (secondYear.compareTo(first) <= 0) {
      return false;
    }
    int begin = raw.begin();
    mentions.add(dateMention(begin + range.start(1), first, first, raw.sentence()));
    mentions.add(dateMention(begin + range.start(2), second, secondYear, raw.sentence()));
    return true;
  }

  private static Mention dateMention(int start, String text, String value, int sentence) {
    return new Mention(
        MentionType.DATE, start, start + text.length(), text, value, null, null, null, null, sentence);
  }
}
