package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * A monarch's or a pope's number belongs to the name: "Elizabeth I", "Pedro I", "Baudouin I", and so
 * does a family's ("John Smith III"). The tagger ends the name before a lone "I", which it reads as
 * the pronoun; so "I" is taken only after a one-word name, as monarchs are named ("Ann Lee I said"
 * keeps the pronoun out).
 */
public final class RegnalNumbers {
  // A Roman number up to 16 right after the name, as a word of its own.
  private static final Pattern NUMBER =
      Pattern.compile("[ \\t]+(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3})(?![\\p{L}\\p{N}.'’-])");

  private RegnalNumbers() {}

  public static List<Mention> resolve(List<Mention> mentions, String text) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Matcher number = NUMBER.matcher(text).region(m.end(), text.length());
      if (m.type() == MentionType.PERSON
          && number.lookingAt()
          && (!number.group().strip().equals("I") || m.text().indexOf(' ') < 0)
          && noneStartsIn(mentions, m.end(), number.end())) {
        int end = number.end();
        out.add(new Mention(
            MentionType.PERSON, m.start(), end, text.substring(m.start(), end), null, null, m.subtype(), null, null,
            m.sentence()));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean noneStartsIn(List<Mention> mentions, int from, int to) {
    return mentions.stream().noneMatch(o -> from <= o.start() && o.start() < to);
  }
}
