package org.newsfacts.extract.names;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.fact.MentionType;

/**
 * Words the tagger sometimes takes into the front of a name that are not part of it: a dash or
 * bullet before a byline name ("-- Harry Milling"), a month before an organisation it happens to
 * precede ("August National Association of Purchasing Management"), and the article of an
 * organisation ("The Fed", written "the Fed" as often; the canonical name drops it anyway), and a
 * monarch's or a pope's title before a person's name ("Pope Francis", "King Abdullah"), which news
 * annotation leaves out of the name as it leaves out "President".
 */
public final class NameEdges {
  private static final Pattern DASH = Pattern.compile("^(?:-{1,2}|[\u2013\u2014*\u2022])\\s+");
  private static final Pattern MONTH =
      Pattern.compile(
          "^(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+");
  private static final Pattern ARTICLE = Pattern.compile("^[Tt]he\\s+");
  private static final Pattern ROYAL_TITLE =
      Pattern.compile("^(?:Pope|King|Queen|Prince|Princess|Emperor|Empress|Sultan|Tsar|Czar)\\s+");

  private NameEdges() {}

  /** How many characters at the front of a name mention are not part of the name. */
  public static int leadingNoise(MentionType type, String text) {
    int cut = match(DASH, text, 0);
    if (type == MentionType.ORGANIZATION || type == MentionType.LOCATION) {
      cut = match(MONTH, text, cut);
    }
    if (type == MentionType.ORGANIZATION) {
      cut = match(ARTICLE, text, cut);
    }
    if (type == MentionType.PERSON) {
      cut = match(ROYAL_TITLE, text, cut);
    }
    return cut;
  }

  // The end of the pattern matched from {@code from}, if something of the name is left after it.
  private static int match(Pattern pattern, String text, int from) {
    Matcher m = pattern.matcher(text).region(from, text.length());
    return m.lookingAt() && m.end() < text.length() ? m.end() : from;
  }
}
