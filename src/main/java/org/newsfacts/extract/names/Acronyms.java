package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Acronyms an article introduces for an organisation: "the Budapest Stock Exchange (BSE)" makes
 * every "BSE" in the article that organisation. The tagger, which reads one sentence at a time and
 * has never seen most acronyms, leaves them untagged or calls them people or places. The acronym
 * must spell the initials of the name before it, or most of them in another order (a name
 * translated from another language), so "the Group of Seven (G7)" or a ticker symbol in
 * parentheses does not count.
 */
public final class Acronyms {
  // "(BSE)", "( ADDCs )": two to eight capitals, perhaps a plural "s", alone in parentheses.
  private static final Pattern IN_PARENTHESES =
      Pattern.compile("\\(\\s*(?<acronym>\\p{Lu}[\\p{Lu}&]{1,7})(?<plural>s?)\\s*\\)");
  // Words a name's acronym usually skips.
  private static final Set<String> SKIPPED = Set.of("of", "and", "the", "for", "&", "de", "on", "in", "to", "a", "an");

  private Acronyms() {}

  /** The mentions, with every use of an acronym the article introduces for an organisation tagged as it. */
  public static List<Mention> resolve(List<Mention> tagged, AnnotatedText annotated) {
    List<Mention> mentions = SpelledNames.resolve(tagged, annotated);
    Set<String> acronyms = introduced(mentions, annotated.text());
    if (acronyms.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    List<Mention> added = new ArrayList<>();
    for (String acronym : acronyms) {
      added.addAll(UntaggedUses.of(acronym, MentionType.ORGANIZATION, mentions, annotated, start -> true));
    }
    for (Mention m : mentions) {
      boolean retag = m.type().isNamedEntity() && m.type() != MentionType.ORGANIZATION && acronyms.contains(m.text());
      out.add(retag ? organisation(m.start(), m.end(), m.text(), m.sentence()) : m);
    }
    out.addAll(added);
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /** Acronyms (as written, with a plural "s" if it has one) that follow an organisation they abbreviate. */
  static Set<String> introduced(List<Mention> mentions, String text) {
    Set<String> found = new HashSet<>();
    Matcher m = IN_PARENTHESES.matcher(text);
    while (m.find()) {
      int open = m.start();
      Optional<Mention> before =
          mentions.stream()
              .filter(o -> o.type() == MentionType.ORGANIZATION && o.end() <= open)
              .filter(o -> text.substring(o.end(), open).isBlank() && !text.substring(o.end(), open).contains("\n"))
              .findFirst();
      if (before.isPresent() && abbreviates(m.group("acronym"), before.get().text())) {
        found.add(m.group("acronym") + m.group("plural"));
      }
    }
    return found;
  }

  /**
   * Whether the acronym spells the name's initials, or is the acronym of the name in another
   * language ("the Human Rights National Observatory (ONDH)"): four letters or more for a name of
   * three words or more, starting with one of the initials and more than half of them initials,
   * after a name with no legal form (a company's "(NSMC)" is its ticker).
   */
  static boolean abbreviates(String acronym, String name) {
    String initials = initials(name);
    if (initials.equals(acronym)) {
      return true;
    }
    String last = name.substring(name.lastIndexOf(' ') + 1);
    if (acronym.length() < 4 || initials.length() < 3 || ShortCompanyNames.isLegalForm(last) || initials.indexOf(acronym.charAt(0)) < 0) {
      return false;
    }
    long shared = acronym.chars().filter(c -> initials.indexOf(c) >= 0).count();
    return 2 * shared > acronym.length();
  }

  /** Whether an acronym usually leaves the word out ("of", "and", "the"). */
  static boolean isSkipped(String word) {
    return SKIPPED.contains(word.toLowerCase(Locale.ROOT));
  }

  /** "State Law and Order Restoration Council" -> "SLORC". */
  static String initials(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split("[\\s-]+")) {
      if (!word.isEmpty() && !SKIPPED.contains(word.toLowerCase(Locale.ROOT)) && Character.isLetter(word.codePointAt(0))) {
        out.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
      }
    }
    return out.toString();
  }

  private static Mention organisation(int start, int end, String text, int sentence) {
    return new Mention(MentionType.ORGANIZATION, start, end, text, null, null, null, null, null, sentence);
  }
}
