package org.newsfacts.source;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date that opens an article's lead paragraph, news-agency style: "April 17, 2015 -- Imagine
 * being sick in the hospital...", "16 January 2008 – The Security Council today...". Pages with
 * no date in their markup or around the headline often still print it there. Only a whole date,
 * perhaps with a place ("WASHINGTON, April 17, 2015 --"), set off by a dash from the sentence
 * that follows counts: a paragraph that merely begins with a date ("March 3, 2015 was the day")
 * is its subject, not its dateline.
 */
final class LeadDatelines {
  private static final Pattern LEAD =
      Pattern.compile("^(.{6,40}?)\\s+(?:--|-|\u2013|\u2014)\\s+\\p{Lu}");
  private static final int MAX_LEAD_WORDS = 6;
  /** A line this long is a paragraph: the lead, after which no dateline is looked for. */
  private static final int PARAGRAPH_CHARS = 100;

  private LeadDatelines() {}

  /** The plausible date of the dateline opening the lead among {@code firstLines}, or null. */
  static String of(List<String> firstLines) {
    for (String line : firstLines) {
      Matcher lead = LEAD.matcher(line);
      if (lead.find()) {
        String prefix = lead.group(1);
        if (prefix.split("\\s+").length <= MAX_LEAD_WORDS && !HeadlineDates.isAmbiguous(prefix)) {
          String date = PageDates.plausible(prefix);
          if (date != null) {
            return date;
          }
        }
      }
      if (line.length() >= PARAGRAPH_CHARS) {
        return null;
      }
    }
    return null;
  }
}
