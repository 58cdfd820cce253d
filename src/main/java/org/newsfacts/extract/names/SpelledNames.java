package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Names an article spells out before introducing their acronym, which the tagger did not tag whole:
 * "the London and South Western Railway (LSWR)" tagged as the place "London" and the organisation
 * "South Western Railway", or "Australians Against Further Immigration (AAFI)" not tagged at all.
 * Capitalised words whose initials spell the acronym in brackets right after them are one
 * organisation, so that {@link Acronyms} then finds the acronym introduced. The tagger must have seen
 * a name in some of the words, or the last word must be one only organisations end in
 * ({@link OrganisationHeads}): capitalised terms have acronyms too ("Gross Domestic Product (GDP)").
 *
 * <p>Not a name the tagger took whole for a person or a place ("John Fitzgerald Kennedy (JFK)",
 * "the United Arab Emirates (UAE)"), nor a plural acronym, which more often abbreviates a thing
 * ("Global Depositary Receipts (GDRs)").
 */
final class SpelledNames {
  // "(LSWR)": two to eight capitals alone in brackets, not followed by a plural "s".
  private static final Pattern ACRONYM = Pattern.compile("\\(\\s*(\\p{Lu}[\\p{Lu}&]{1,7})\\s*\\)");
  // A word of a name: letters, digits, "&", apostrophes, hyphens and dots ("St.", "B'nai").
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}&'.-]+");
  private static final int LOOK = 150;

  private SpelledNames() {}

  static List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    String text = annotated.text();
    List<Mention> out = new ArrayList<>(mentions);
    Matcher m = ACRONYM.matcher(text);
    while (m.find()) {
      Optional<int[]> name = spelled(text, m.start(), m.group(1));
      if (name.isEmpty()) {
        continue;
      }
      int start = name.get()[0];
      int end = name.get()[1];
      List<Mention> inside = out.stream().filter(o -> o.start() < end && start < o.end()).toList();
      boolean crossed = inside.stream().anyMatch(o -> o.start() < start || o.end() > end);
      boolean whole = inside.size() == 1 && inside.get(0).start() == start && inside.get(0).end() == end;
      if (crossed || whole || inside.stream().anyMatch(o -> !o.type().isNamedEntity())) {
        continue;
      }
      // Some part of it a name, or a name by its head word: not "Gross Domestic Product (GDP)".
      if (inside.isEmpty() && !OrganisationHeads.endsInHead(text.substring(start, end))) {
        continue;
      }
      Optional<Integer> sentence = Surnames.sentenceAt(annotated, start);
      if (sentence.isPresent()) {
        out.removeAll(inside);
        out.add(new Mention(
            MentionType.ORGANIZATION, start, end, text.substring(start, end), null, null, null, null, null, sentence.get()));
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /**
   * The shortest run of words ending right before {@code open}, on its line, that starts with a
   * capital and whose initials are the acronym; as [start, end).
   */
  private static Optional<int[]> spelled(String text, int open, String acronym) {
    int from = Math.max(0, open - LOOK);
    int lineStart = text.lastIndexOf('\n', open - 1) + 1;
    String before = text.substring(Math.max(from, lineStart), open);
    int offset = Math.max(from, lineStart);
    String trimmed = before.stripTrailing();
    int end = offset + trimmed.length();
    List<int[]> words = new ArrayList<>();
    Matcher w = Pattern.compile("\\S+").matcher(trimmed);
    while (w.find()) {
      words.add(new int[] {offset + w.start(), offset + w.end()});
    }
    for (int k = words.size() - 1; k >= 0; k--) {
      String word = text.substring(words.get(k)[0], words.get(k)[1]);
      if (!WORD.matcher(word).matches()) {
        return Optional.empty();
      }
      boolean capital = Character.isUpperCase(word.codePointAt(0));
      if (!capital && !word.equals(word.toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
      if (!capital && !Acronyms.isSkipped(word)) {
        return Optional.empty(); // an ordinary lowercase word ends the name
      }
      String initials = Acronyms.initials(text.substring(words.get(k)[0], end));
      if (capital && initials.equals(acronym)) {
        return Optional.of(new int[] {words.get(k)[0], end});
      }
      if (initials.length() > acronym.length()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
