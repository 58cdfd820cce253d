package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * A name that is part of the name of an event — a cup, an open, games, a tour, a prize — names
 * the event, not an organisation, a place or a person: "the Fed Cup" (not the Federal Reserve),
 * "the U.S. Open", "the Nortel Open", "the Pan American Games", "the MTV Europe Music Awards".
 * The tagger reads the sponsor, the host or the founder in it and stops before the event word, or
 * takes the whole event for an organisation. The event is a miscellaneous name, as news
 * annotation counts it.
 *
 * <p>Only a capitalised event word counts, right after the name or after one more capitalised
 * word ("Music Awards"); headlines in capitals are left alone. "Olympics" after a place is not
 * enough: "the Munich Olympics" names the city as well.
 */
public final class EventNames {
  private static final String EVENT =
      "Cups?|Games|Open|Trophy|Championships?|Grand Prix|Awards?|Prize|Classic|Tour|Tournament|Masters"
          + "|Series|Invitational|Marathon|Rally|Festival";
  // A name that ends in an event word is the event: "the Nortel Open", "two Stanley Cups".
  private static final Pattern ENDS_IN_EVENT = Pattern.compile("\\s(?:" + EVENT + "|Olympics)$");
  // An event word after the name, with at most one capitalised word between: "Fed Cup", "MTV Europe Music Award".
  private static final Pattern EVENT_AFTER =
      Pattern.compile("[ \\t]+(?:\\p{Lu}[\\p{L}\\p{N}.&-]*[ \\t]+)??(?:" + EVENT + ")(?![\\p{L}\\p{N}])");

  private EventNames() {}

  public static List<Mention> resolve(List<Mention> mentions, String text) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      out.add(isName(m) ? asEvent(m, mentions, text) : m);
    }
    return out;
  }

  private static boolean isName(Mention m) {
    return m.type() == MentionType.PERSON || m.type() == MentionType.LOCATION || m.type() == MentionType.ORGANIZATION;
  }

  private static Mention asEvent(Mention m, List<Mention> mentions, String text) {
    if (ENDS_IN_EVENT.matcher(m.text()).find()) {
      return event(m, m.end(), text);
    }
    Matcher after = EVENT_AFTER.matcher(text).region(m.end(), text.length());
    if (!after.lookingAt()) {
      return m;
    }
    int end = after.end();
    // The event's words are the tagger's no other name: else only the name's type changes.
    boolean free = mentions.stream().noneMatch(o -> o != m && o.start() < end && m.end() <= o.start());
    return event(m, free ? end : m.end(), text);
  }

  private static Mention event(Mention m, int end, String text) {
    return new Mention(
        MentionType.MISC, m.start(), end, text.substring(m.start(), end), null, null, null, null, null, m.sentence());
  }
}
