package org.newsfacts.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * A line right under the headline that holds nothing but people's names ("Ann Lee", "ANN LEE
 * and TOM ROE", "OP-ED: Ann Lee") is the byline without its "By": the people who wrote the
 * article, not people it is about. Only the names the tagger found decide it, so a deck in title
 * case ("Council Backs New Ferry Plan") stays news, and only that line: elsewhere a line of names
 * is a list. The names stay mentions (a name is a name wherever it stands); they give no person
 * fact, as the article's own authors give none.
 */
final class HeadlineBylines {
  /** What may stand between the names: "and", "&", commas, and a label for an opinion piece. */
  private static final Pattern JOINERS =
      Pattern.compile("(?i)[\\s,&]*(?:(?:op-ed|opinion|commentary|column)\\s*:)?(?:[\\s,&]|\\band\\b)*");

  private HeadlineBylines() {}

  /** The names of the people on a byline line under the headline, or none. */
  static List<String> names(List<Mention> mentions, String text) {
    int headlineEnd = text.indexOf('\n');
    if (headlineEnd < 0) {
      return List.of();
    }
    int next = headlineEnd;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    int start = next;
    int end = text.indexOf('\n', start);
    int lineEnd = end < 0 ? text.length() : end;
    List<Mention> onLine = mentions.stream()
        .filter(m -> m.start() >= start && m.end() <= lineEnd)
        .toList();
    if (onLine.isEmpty() || onLine.stream().anyMatch(m -> m.type() != MentionType.PERSON)) {
      return List.of();
    }
    StringBuilder rest = new StringBuilder(text.substring(start, lineEnd));
    for (Mention person : onLine) {
      for (int i = person.start(); i < person.end(); i++) {
        rest.setCharAt(i - start, ' ');
      }
    }
    if (!JOINERS.matcher(rest).matches()) {
      return List.of();
    }
    return onLine.stream().map(m -> m.canonical() != null ? m.canonical() : m.text()).toList();
  }
}
