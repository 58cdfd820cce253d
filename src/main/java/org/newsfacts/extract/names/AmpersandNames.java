package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Names joined by "&" are one organisation: "Brown & Williamson", "Bodman, Longely & Dahling",
 * "Bear Stearns & Co". People and places are not written so; firms named after their founders
 * are, and the tagger, reading each surname alone, makes people of them.
 *
 * <p>The capitalised words on both sides of the "&", and before them single capitalised words
 * listed with commas as law and accounting firms are named ("Bodman, Longely & Dahling"); only
 * where the tagger found a person, place or organisation among them and nothing else (a work or
 * an event, "Tom & Jerry"), no mention reaches past them and no organisation already holds the "&".
 */
public final class AmpersandNames {
  private static final Pattern AMPERSAND = Pattern.compile("(?<=[ \\t])&(?=[ \\t])");
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.'-]*");
  // One capitalised word and a comma, after the start of a line, a mark other than a comma, or a
  // word in lower case: "L.O. : Bodman , " but not "R.J. Reynolds Tobacco , ".
  private static final Pattern LISTED_BEFORE =
      Pattern.compile("(?:\\n|[^\\p{L}\\p{N},\\s][ \\t]+|(?<![\\p{L}\\p{N}.'-])\\p{Ll}[\\p{L}.'-]*[ \\t]+)(\\p{Lu}[\\p{L}.'-]*)[ \\t]*,[ \\t]*$");
  private static final Pattern RIGHT_SIDE = Pattern.compile("^(?:[ \\t]+\\p{Lu}[\\p{L}\\p{N}.'-]*)+");

  private AmpersandNames() {}

  public static List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    String text = annotated.text();
    List<Mention> out = new ArrayList<>(mentions);
    Matcher amp = AMPERSAND.matcher(text);
    while (amp.find()) {
      int start = leftEdge(text, amp.start());
      int end = rightEdge(text, amp.end());
      if (start < 0 || end < 0) {
        continue;
      }
      int and = amp.start();
      if (out.stream().anyMatch(m -> m.type() == MentionType.ORGANIZATION && m.start() < and && and < m.end())) {
        continue; // the tagger joined them already ("Standard & Poor")
      }
      List<Mention> inside = out.stream().filter(m -> m.start() < end && start < m.end()).toList();
      boolean tidy = inside.stream().allMatch(m -> m.start() >= start && m.end() <= end && isName(m.type()));
      boolean named = inside.stream().anyMatch(m -> m.type() != MentionType.MISC);
      boolean whole = inside.stream().anyMatch(m -> m.start() == start && m.end() == end);
      if (!tidy || !named || whole) {
        continue;
      }
      int sentence = inside.get(0).sentence();
      out.removeAll(inside);
      out.add(new Mention(MentionType.ORGANIZATION, start, end, text.substring(start, end), null, null, null, null, null,
          sentence));
    }
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return out;
  }

  private static boolean isName(MentionType type) {
    return type == MentionType.PERSON || type == MentionType.LOCATION || type == MentionType.ORGANIZATION;
  }

  /** Where the name before the "&" at {@code at} begins, or -1 if no capitalised word stands there. */
  private static int leftEdge(String text, int at) {
    int start = -1;
    int i = at - 1;
    while (true) {
      int wordEnd = i;
      while (wordEnd > 0 && (text.charAt(wordEnd - 1) == ' ' || text.charAt(wordEnd - 1) == '\t')) {
        wordEnd--;
      }
      int wordStart = wordEnd;
      while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      String word = text.substring(wordStart, wordEnd);
      if (wordStart == wordEnd || !CAPITALISED.matcher(word).matches() || word.equals("The")) {
        break;
      }
      start = wordStart;
      i = wordStart;
    }
    if (start < 0) {
      return -1;
    }
    if (text.substring(start, at).trim().contains(" ")) {
      return start;
    }
    // "Bodman , Longely & Dahling": single capitalised words listed with commas before a one-word side.
    while (true) {
      int from = Math.max(0, start - 60);
      String before = (from == 0 ? "\n" : "") + text.substring(from, start);
      Matcher m = LISTED_BEFORE.matcher(before);
      if (!m.find()) {
        return start;
      }
      start = from + m.start(1) - (from == 0 ? 1 : 0);
    }
  }

  /** Where the name after the "&" ending at {@code at} ends, or -1 if no capitalised word stands there. */
  private static int rightEdge(String text, int at) {
    Matcher m = RIGHT_SIDE.matcher(text.substring(at, Math.min(text.length(), at + 80)));
    if (!m.find()) {
      return -1;
    }
    return at + m.end();
  }
}
