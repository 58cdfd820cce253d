package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * An organisation named by what it is of goes on over "and": "the National Institute of Allergy
 * and Infectious Diseases", "the American College of Obstetricians and Gynecologists". The tagger
 * stops at "and" and leaves the rest untagged. Only a name with "of" in it, and only capitalised
 * words right after "and" that no mention covers: "the Bank of England and Barclays", with Barclays
 * tagged, stays two names.
 */
public final class OfAndNames {
  private static final Pattern AND_NAME =
      Pattern.compile("[ \\t]+(?:and|&)[ \\t]+\\p{Lu}[\\p{L}'-]*(?:[ \\t]+\\p{Lu}[\\p{L}'-]*)*(?![\\p{L}\\p{N}.&'-])");
  private static final int LOOK = 80;

  private OfAndNames() {}

  public static List<Mention> resolve(List<Mention> mentions, String text) {
    List<Mention> out = new ArrayList<>(mentions);
    for (int i = 0; i < out.size(); i++) {
      Mention m = out.get(i);
      if (m.type() != MentionType.ORGANIZATION || !m.text().contains(" of ")) {
        continue;
      }
      Matcher and = AND_NAME.matcher(text).region(m.end(), Math.min(text.length(), m.end() + LOOK));
      if (!and.lookingAt()) {
        continue;
      }
      int end = and.end();
      boolean free = out.stream().noneMatch(o -> o != m && o.start() < end && m.end() < o.end());
      if (free) {
        out.set(i, new Mention(
            MentionType.ORGANIZATION, m.start(), end, text.substring(m.start(), end), null, null, null, null, null, m.sentence()));
      }
    }
    return out;
  }
}
