package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Once an article has named a person in full, their surname alone means them: "Alan Shearer ...
 * Shearer scored" is one footballer twice, though the tagger, which sees one sentence at a time,
 * may tag the second "Shearer" as nothing, or "MaliVai Washington ... Washington served" as the
 * city. So a place or organisation whose whole name is such a surname becomes the person, and an
 * untagged occurrence of the surname becomes a mention of the person, unless it is part of a
 * longer capitalised name ("Wall Street" is no Mr Wall).
 */
public final class Surnames {
  private static final int SHORTEST = 3;
  // A capitalised word right before it ("Burger King", not "Later, King" or "Mr. King") or right
  // after it ("Wall Street") on the same line.
  private static final Pattern NAME_BEFORE = Pattern.compile("(?:^|\\s)\\p{Lu}[\\p{L}'-]*[ \\t]+$");
  private static final Pattern NAME_AFTER = Pattern.compile("^[ \\t]+\\p{Lu}");

  private Surnames() {}

  public static List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    Set<String> surnames = surnames(mentions);
    if (surnames.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      boolean surname =
          (m.type() == MentionType.LOCATION || m.type() == MentionType.ORGANIZATION)
              && surnames.contains(m.text());
      out.add(surname ? person(m.start(), m.end(), m.text(), m.sentence()) : m);
    }
    out.addAll(untagged(surnames, mentions, annotated));
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  // The last word of every name of two words or more.
  private static Set<String> surnames(List<Mention> mentions) {
    Set<String> surnames = new HashSet<>();
    for (Mention m : mentions) {
      if (m.type() == MentionType.PERSON) {
        String[] words = m.text().trim().split("\\s+");
        String last = words[words.length - 1];
        if (words.length >= 2 && last.length() >= SHORTEST && Character.isUpperCase(last.codePointAt(0))) {
          surnames.add(last);
        }
      }
    }
    return surnames;
  }

  private static List<Mention> untagged(Set<String> surnames, List<Mention> mentions, AnnotatedText annotated) {
    String text = annotated.text();
    List<Mention> found = new ArrayList<>();
    for (String surname : surnames) {
      found.addAll(UntaggedUses.of(surname, MentionType.PERSON, mentions, annotated,
          start -> !inLongerName(text, start, start + surname.length())));
    }
    return found;
  }

  /** Whether a capitalised word stands right before or after the span on its line ("Wall Street"). */
  static boolean inLongerName(String text, int start, int end) {
    return NAME_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find()
        || NAME_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40))).find();
  }

  /** Index of the sentence the offset is in. */
  static Optional<Integer> sentenceAt(AnnotatedText annotated, int offset) {
    for (Sentence s : annotated.sentences()) {
      if (s.begin() <= offset && offset < s.end()) {
        return Optional.of(s.index());
      }
    }
    return Optional.empty();
  }

  private static Mention person(int start, int end, String text, int sentence) {
    return new Mention(MentionType.PERSON, start, end, text, null, null, null, null, null, sentence);
  }
}
