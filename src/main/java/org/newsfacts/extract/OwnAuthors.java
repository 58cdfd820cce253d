package org.newsfacts.extract;

import java.util.ArrayList;
import java.util.Arrays;
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
 * Lee may well quote another Ann.
 */
final class OwnAuthors {
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s.]+");
  private final List<Set<String>> names;

  private OwnAuthors(List<Set<String>> names) {
    this.names = names;
  }

  static OwnAuthors of(List<String> authors) {
    List<Set<String>> names = new ArrayList<>();
    for (String author : authors) {
      for (String name : SEPARATORS.split(author)) {
        Set<String> words = words(name);
        if (!words.isEmpty()) {
          names.add(words);
        }
      }
    }
    return new OwnAuthors(names);
  }

  /** True when {@code person} is one of the authors. */
  boolean names(String person) {
    Set<String> words = words(person);
    return !words.isEmpty() && names.contains(words);
  }

  private static Set<String> words(String name) {
    return Arrays.stream(WORD_BREAK.split(name.strip().toLowerCase(Locale.ROOT)))
        .filter(word -> !word.isEmpty())
        .collect(Collectors.toSet());
  }
}
