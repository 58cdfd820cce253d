package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Names that end in a word only organisations end in ("Party", "Council", "Air Force", "Inc"). The
 * tagger knows such a name by its words, but often not where it starts or ends: it leaves out the
 * nationality in front ("German" of "German Air Force"), stops at a place in the middle ("West
 * Virginia" of "West Virginia Normal School", "Berlin" of "University of Berlin"), or calls the
 * whole a place. The head word settles both the type and the edges.
 *
 * <p>Words that end places as often as organisations ("Bank" of "West Bank", "Centre", "Hall",
 * "Hospital", "Union" of "Soviet Union", "Federation") are not heads.
 */
public final class OrganisationHeads {
  static final Set<String> HEADS =
      Set.of(
          "University", "College", "School", "Institute", "Institution", "Academy", "Party", "Council",
          "Association", "Society", "Club", "League", "Ministry", "Agency", "Company", "Co", "Co.",
          "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "Plc", "PLC", "Group",
          "Airlines", "Airways", "Trust", "Foundation", "Commission", "Committee", "Department",
          "Board", "Authority", "Exchange", "Army", "Navy", "Force", "Police", "Parliament",
          "Assembly", "Congress", "Organisation", "Organization", "Office", "Bureau", "Fund",
          "Records", "Orchestra",
          // Company names and legal forms; not "AG", "SA" or "NV", which are also an attorney
          // general, South Africa and Nevada.
          "Bros", "Bros.", "Holdings", "Industries", "Technologies", "Systems", "Securities", "Bancorp",
          "Motors", "Pharmaceuticals", "Laboratories", "Partners", "Associates", "GmbH", "SpA", "LLC",
          "LLP", "Limited");
  // "the University of Berlin", "Bank of England": a head, "of", then the place it belongs to (an
  // article in front is left out, as the tagger leaves it out of organisations).
  private static final Pattern HEAD_OF_PLACE =
      Pattern.compile(
          "(?:^|(?<=\\s))((?:(?!The\\s)\\p{Lu}[\\p{L}&-]*[ \\t]+)*"
              + "(?:University|College|Institute|Academy|Bank|Ministry|Department|Council|Museum|School)"
              + "[ \\t]+of[ \\t]+(?:the[ \\t]+)?)$");
  // One or two capitalised words right before a name, on its line ("German ", "North Korean ").
  private static final Pattern WORDS_BEFORE =
      Pattern.compile("(?:^|(?<=\\s))((?:(?!The\\s)\\p{Lu}[\\p{L}-]*[ \\t]+)?(?!The\\s)\\p{Lu}[\\p{L}-]*)[ \\t]+$");
  // Up to three capitalised words right after a name, on its line.
  private static final Pattern WORDS_AFTER = Pattern.compile("^(?:[ \\t]+\\p{Lu}[\\p{L}\\p{N}&.-]*){1,3}");
  private static final int LOOK = 60;

  private final Predicate<String> isNationality;

  /** {@code isNationality} says whether a word is a nationality adjective ("German", "North Korean"). */
  public OrganisationHeads(Predicate<String> isNationality) {
    this.isNationality = isNationality;
  }

  public List<Mention> resolve(List<Mention> mentions, String text) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (isName(m)) {
        int limit = i + 1 < mentions.size() ? mentions.get(i + 1).start() : text.length();
        m = withHeadAfter(m, text, Math.max(m.end(), limit));
        m = endsInHead(m.text()) ? organisation(m, m.start(), m.end(), text) : m;
        m = withPlaceOf(m, text, mentions);
        m = withNationality(m, text, mentions);
      }
      out.add(m);
    }
    return out;
  }

  private static boolean isName(Mention m) {
    return m.type() == MentionType.PERSON || m.type() == MentionType.LOCATION || m.type() == MentionType.ORGANIZATION;
  }

  static boolean endsInHead(String name) {
    String[] words = name.strip().split("\\s+");
    return words.length >= 2 && HEADS.contains(words[words.length - 1]);
  }

  /** "West Virginia" + " Normal School": the name and the capitalised words up to a head word. */
  private static Mention withHeadAfter(Mention m, String text, int limit) {
    Matcher after = WORDS_AFTER.matcher(text.substring(m.end(), limit));
    if (!after.lookingAt()) {
      return m;
    }
    String[] words = after.group().strip().split("[ \\t]+");
    int end = m.end();
    for (String word : words) {
      end = text.indexOf(word, end) + word.length();
      if (HEADS.contains(word)) {
        return organisation(m, m.start(), end, text);
      }
    }
    return m;
  }

  /** "University of " + "Berlin": a place after an institution's head and "of". */
  private static Mention withPlaceOf(Mention m, String text, List<Mention> mentions) {
    if (m.type() != MentionType.LOCATION) {
      return m;
    }
    Matcher before = HEAD_OF_PLACE.matcher(text.substring(Math.max(0, m.start() - LOOK), m.start()));
    if (!before.find()) {
      return m;
    }
    int start = m.start() - before.group(1).length();
    return overlapsOther(m, start, mentions) ? m : organisation(m, start, m.end(), text);
  }

  /** "German " + "Air Force": a nationality in front of an organisation named by its head word. */
  private Mention withNationality(Mention m, String text, List<Mention> mentions) {
    if (m.type() != MentionType.ORGANIZATION || !endsInHead(m.text())) {
      return m;
    }
    Matcher before = WORDS_BEFORE.matcher(text.substring(Math.max(0, m.start() - LOOK), m.start()));
    if (!before.find()) {
      return m;
    }
    String words = before.group(1);
    int space = words.lastIndexOf(' ');
    for (String candidate : space < 0 ? List.of(words) : List.of(words, words.substring(space + 1))) {
      if (isNationality.test(candidate)) {
        int start = m.start() - before.group().length() + before.group().indexOf(candidate);
        return overlapsOther(m, start, mentions) ? m : organisation(m, start, m.end(), text);
      }
    }
    return m;
  }

  private static boolean overlapsOther(Mention m, int start, List<Mention> mentions) {
    return mentions.stream().anyMatch(o -> o != m && o.start() < m.start() && start < o.end());
  }

  private static Mention organisation(Mention m, int start, int end, String text) {
    return new Mention(
        MentionType.ORGANIZATION, start, end, text.substring(start, end), null, null, null, null, null, m.sentence());
  }
}
