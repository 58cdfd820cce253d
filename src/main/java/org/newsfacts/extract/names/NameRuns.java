package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

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

  /** A run of capitalised words at [start, end) of the text. */
  record Run(int start, int end) {}

  /** The runs of capitalised words in the text, in order. */
  static List<Run> in(String text) {
    List<Run> runs = new ArrayList<>();
    Matcher run = RUN.matcher(text);
    while (run.find()) {
      runs.add(new Run(run.start(), run.end()));
    }
    return runs;
  }

  // A capitalised function word that opens a sentence or a heading is no part of the name after it.
  private static final Pattern LEADING_WORD =
      Pattern.compile("^(?:The|A|An|In|On|At|For|And|But|Of|To|From|By|With)[ \\t]+");
  private static final Pattern FUNCTION_WORD =
      Pattern.compile("The|A|An|In|On|At|For|And|But|Of|To|From|By|With|He|She|It|They|We|I|This|That");

  /**
   * The runs that may be names: each without a function word in front ("The Varlo" is Varlo), and
   * none that is a function word alone ("He", "This").
   */
  static List<Run> names(String text) {
    List<Run> names = new ArrayList<>();
    for (Run run : in(text)) {
      Matcher leading = LEADING_WORD.matcher(text).region(run.start(), run.end());
      int start = leading.lookingAt() ? leading.end() : run.start();
      String name = text.substring(start, run.end());
      if (!name.isEmpty() && !FUNCTION_WORD.matcher(name).matches()) {
        names.add(new Run(start, run.end()));
      }
    }
    return names;
  }

  /** Whether one of the article's people bears the name inside a longer one ("Harlow" of "Ann Harlow"). */
  static boolean inLongerPersonName(String name, List<Mention> mentions) {
    Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
    return mentions.stream()
        .anyMatch(m -> m.type() == MentionType.PERSON && !m.text().equals(name) && word.matcher(m.text()).find());
  }
}
