package org.newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Joins a clock time and the day right after it into one TIMEX3, as TimeML marks them: "9 a.m.
 * Tuesday" is 2000-04-04T09:00. The tagger gives two mentions; the time's value already counts
 * the day in, so the joined mention keeps it.
 */
public final class TimexMerger {
  private static final Pattern CLOCK = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}(?::\\d{2})?");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  // Only spaces or a comma between them: "5 p.m. EST, Nov. 6".
  private static final Pattern GAP = Pattern.compile("[\\s,]*");

  private TimexMerger() {}

  /** The mentions with each time-then-day pair replaced by one TIME mention. */
  public static List<Mention> merge(List<Mention> mentions, String text) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention time = mentions.get(i);
      Mention day = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
      Mention merged = day == null ? null : merged(time, day, text);
      if (merged != null) {
        out.add(merged);
        i++;
      } else {
        out.add(time);
      }
    }
    return out;
  }

  private static Mention merged(Mention time, Mention day, String text) {
    if (time.type() != MentionType.TIME
        || day.type() != MentionType.DATE
        || time.sentence() != day.sentence()
        || !(time.value() instanceof String timeValue)
        || !(day.value() instanceof String dayValue)
        || day.start() < time.end()
        || !GAP.matcher(text.substring(time.end(), day.start())).matches()) {
      return null;
    }
    if (!CLOCK.matcher(timeValue).matches() || !DAY.matcher(dayValue).matches()) {
      return null;
    }
    return new Mention(
        MentionType.TIME,
        time.start(),
        day.end(),
        text.substring(time.start(), day.end()),
        timeValue,
        null,
        null,
        null,
        null,
        time.sentence());
  }
}
