package org.newsfacts.extract.names;

import java.util.regex.Pattern;

/**
 * Runs of capitalised words that may be a name, for rules that find names by the words beside
 * them ({@link OrganisationKinds}, {@link PlaceContexts}): "Killing Joke", "Saffron Walden",
 * "U.S.", "Ann F. Lee", "Tallis &amp; Co". A full stop ends a word unless the word is an
 * abbreviation ("U.S.") or an initial before another name, so a name at the end of a sentence
 * ("the town of Quell.") leaves its full stop out.
 */
final class NameRuns {
  private static final String WORD =
      "(?:\\p{Lu}\\.(?=[ \\t]+\\p{Lu})"
          + "|\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:(?:\\.[\\p{L}\\p{N}][\\p{L}\\p{N}&'’-]*)+\\.?)?)";

  /** One capitalised word: a region after a comma ("England", "U.S."). */
  static final Pattern ONE_WORD = Pattern.compile(WORD);

  /** Capitalised words, perhaps joined by "&amp;", not starting inside a word. */
  static final Pattern RUN =
      Pattern.compile("(?<![\\p{L}\\p{N}&.'’-])" + WORD + "(?:[ \\t]+&?[ \\t]*" + WORD + ")*");

  private NameRuns() {}
}
