package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * The names business copy lists after "rivals" are companies or clubs: "Rivals Grubhub and
 * Postmates also gained", "Rivals Xpeng and Nio reported record sales", "rivals easyJet and Wizz
 * Air". The tagger never saw most such names and leaves them untagged, or takes the word "Rivals"
 * opening the sentence into the name ("Rivals Delta Air Lines").
 *
 * <p>Only the plural, which lists firms ("rival Kurds" is how news writes factions); a person and
 * a place the gazetteer knows keep their type ("rivals Germany" is the national side, a place by
 * the CoNLL guidelines).
 */
public final class RivalNames {
  private static final Pattern RIVALS = Pattern.compile("(?<![\\p{L}\\p{N}])[Rr]ivals[ \\t]+");
  // One name: capitalised words ("Wizz Air"), or a word with a capital inside ("easyJet").
  private static final Pattern NAME =
      Pattern.compile("^(?:\\p{Lu}[\\p{L}\\p{N}.'&-]*|\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*)(?:[ \\t]+\\p{Lu}[\\p{L}\\p{N}.'&-]*)*");
  private static final Pattern SEPARATOR = Pattern.compile("^[ \\t]*(?:,[ \\t]*(?:and[ \\t]+)?|and[ \\t]+)");
  private static final int LONGEST_NAME = 80;
  private static final int LONGEST_SEPARATOR = 12;

  private final Predicate<String> isKnownPlace;

  /** {@code isKnownPlace} says whether the gazetteer knows a name as a place. */
  public RivalNames(Predicate<String> isKnownPlace) {
    this.isKnownPlace = isKnownPlace;
  }

  public List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    String text = annotated.text();
    List<Mention> out = new ArrayList<>(mentions);
    Matcher rivals = RIVALS.matcher(text);
    while (rivals.find()) {
      int listedAt = rivals.start();
      ListedNames.walk(text, rivals.end(), NAME, LONGEST_NAME, SEPARATOR, LONGEST_SEPARATOR,
          (start, end) -> name(out, annotated, listedAt, start, end));
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /** The name [start, end) listed after the "rivals" at {@code rivals}, as an organisation where it may be one. */
  private void name(List<Mention> out, AnnotatedText annotated, int rivals, int start, int end) {
    String text = annotated.text();
    String name = text.substring(start, end);
    List<Mention> over = out.stream().filter(m -> m.start() < end && start < m.end()).toList();
    if (over.isEmpty()) {
      Optional<Integer> sentence = Surnames.sentenceAt(annotated, start);
      if (!isKnownPlace.test(name) && sentence.isPresent()) {
        out.add(new Mention(MentionType.ORGANIZATION, start, end, name, null, null, null, null, null, sentence.get()));
      }
      return;
    }
    if (over.size() != 1) {
      return;
    }
    Mention m = over.get(0);
    if (m.start() == rivals && m.end() == end && m.type() != MentionType.PERSON) {
      // "Rivals Delta Air Lines": the word that lists them is no part of the name.
      out.set(out.indexOf(m), new Mention(MentionType.ORGANIZATION, start, end, name, null, null, null, null, null, m.sentence()));
    } else if (m.start() == start && m.end() == end && m.type() == MentionType.LOCATION && !isKnownPlace.test(name)) {
      out.set(out.indexOf(m), NameTypes.retyped(m, MentionType.ORGANIZATION));
    }
  }
}
