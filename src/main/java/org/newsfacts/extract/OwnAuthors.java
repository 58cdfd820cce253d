package org.newsfacts.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The people an article's author list names, to tell a person fact that is one of them (a
 * closing "Ann Lee is a professor at..." line, a signed "Ann") from the people the story is about.
 * A byline may hold several people and their newsroom in one string ("Ann Lee and Tom Roe, The
 * Courier"): a person is an author when the words of the name are the words of one author's name,
 * in any order and case ("ANN LEE", "Lee, Ann"). Part of a name is not enough: an article by Ann
 * Lee may well quote another Ann. Accents do not count: a transcript's "SERGIO MARTINEZ-BELTRAN,
 * BYLINE:" is its author Sergio Martínez-Beltrán.
 *
 * <p>One exception: an author signs with the first name alone. A line of at most three words
 * that names one of them by the first name ("Andrew" under a letter, "Hi, I'm Ann.", "Ann's
 * Blog" as the headline of a blog by Ann Lee) is the author's, not news about another Ann.
 */
final class OwnAuthors {
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s.]+");
  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
  /** A word of a short line, for counting them: "I'm" and "Ann's" are one word each. */
  private static final Pattern LINE_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*");
  private static final int SIGNATURE_WORDS = 3;
  private final List<Set<String>> names;
  private final Set<String> firstNames;

  private OwnAuthors(List<Set<String>> names, Set<String> firstNames) {
    this.names = names;
    this.firstNames = firstNames;
  }

  static OwnAuthors of(List<String> authors) {
    List<Set<String>> names = new ArrayList<>();
    Set<String> firstNames = new HashSet<>();
    for (String author : authors) {
      for (String name : SEPARATORS.split(author)) {
        Set<String> words = words(name);
        if (!words.isEmpty()) {
          names.add(words);
          firstNames.add(fold(WORD_BREAK.split(name.strip())[0]));
        }
      }
    }
    return new OwnAuthors(names, firstNames);
  }

  /**
   * True when {@code mention}, one word, is an author's first name and {@code line}, the
   * sentence it stands in, is a signature: three words at most.
   */
  boolean signs(String mention, String line) {
    String word = mention.strip();
    return !word.isEmpty() && WORD_BREAK.split(word).length == 1 && firstNames.contains(fold(word))
        && LINE_WORD.matcher(line).results().count() <= SIGNATURE_WORDS;
  }

  /** True when {@code person} is one of the authors. */
  boolean names(String person) {
    Set<String> words = words(person);
    return !words.isEmpty() && names.contains(words);
  }

  private static Set<String> words(String name) {
    return Arrays.stream(WORD_BREAK.split(fold(name.strip())))
        .filter(word -> !word.isEmpty())
        .collect(Collectors.toSet());
  }

  private static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return ACCENTS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }
}
