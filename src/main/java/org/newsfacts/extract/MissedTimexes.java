package org.newsfacts.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.AnnotatedText.RawMention;
import org.newsfacts.extract.AnnotatedText.Sentence;
import org.newsfacts.extract.AnnotatedText.Token;

/**
 * Temporal expressions of business news that SUTime does not mark: "the year-earlier period",
 * "the year-ago quarter", "year-earlier" as a modifier, and "the latest period". They are added
 * as DATE mentions without a value; {@link TimexNormalizer} gives them one.
 */
final class MissedTimexes {
  private static final Pattern MISSED =
      Pattern.compile(
          "(?i)\\b(?:the\\s+)?(?:(?:comparable|same)\\s+)?year\\s*-\\s*(?:earlier|ago)\\b"
              + "(?:\\s+(?:(?:first|second|third|fourth)\\s+)?(?:quarter|period)\\b)?"
              + "|\\b(?:the\\s+)?latest\\s+period\\b");

  private MissedTimexes() {}

  /** The tagger's mentions and the missed ones, in text order. */
  static List<RawMention> withMissed(AnnotatedText annotated) {
    List<RawMention> all = new ArrayList<>(annotated.mentions());
    boolean added = false;
    for (Sentence sentence : annotated.sentences()) {
      Matcher m = MISSED.matcher(annotated.text());
      m.region(sentence.begin(), sentence.end());
      while (m.find()) {
        int first = firstTokenFrom(sentence.tokens(), m.start());
        int end = endTokenTo(sentence.tokens(), m.end());
        if (first < 0 || end <= first) {
          continue;
        }
        int begin = sentence.tokens().get(first).begin();
        int stop = sentence.tokens().get(end - 1).end();
        if (!overlapsAny(annotated.mentions(), begin, stop)) {
          all.add(new RawMention("DATE", begin, stop, sentence.index(), first, end, null, "", "DATE"));
          added = true;
        }
      }
    }
    if (added) {
      all.sort(Comparator.comparingInt(RawMention::begin));
    }
    return all;
  }

  private static int firstTokenFrom(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).begin() == offset) {
        return i;
      }
    }
    return -1;
  }

  private static int endTokenTo(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() == offset) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean overlapsAny(List<RawMention> mentions, int begin, int end) {
    for (RawMention m : mentions) {
      if (m.begin() < end && begin < m.end()) {
        return true;
      }
    }
    return false;
  }
}
