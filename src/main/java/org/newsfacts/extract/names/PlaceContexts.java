package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Words around a name that only a place takes. The tagger reads a small town it has never seen as
 * a person ("Grantham", "Debden") or not at all; the words next to it say what it is:
 *
 * <ul>
 *   <li>the kind of place in front: "the town of Sebago", "a suburb of Aarhus", "the village of
 *       Cliddesden";
 *   <li>the country or state it lies in after a comma: "Debden, England, in June", "Gilchrist,
 *       Oregon)" — a country or state the gazetteer knows, and nothing more after it than a
 *       punctuation mark ("Ann Lee, Oregon's governor" is a person).
 * </ul>
 *
 * <p>The place is one wherever the article names it, but a name one of the article's people bears
 * in a longer name ("Harlow" beside "Ann Harlow") stays a person, and the tagger's organisations
 * are left alone.
 */
public final class PlaceContexts {
  private static final Pattern KIND_OF =
      Pattern.compile(
          "\\b(?:town|city|village|hamlet|suburb|parish|municipality|borough|port|province|county|district|region|island)"
              + "[ \\t]+of[ \\t]+$");
  // ", England," / ", Oregon)" / ", Lincolnshire." after the name, on its line.
  private static final Pattern IN_REGION =
      Pattern.compile(
          "^[ \\t]*,[ \\t]+(" + NameRuns.ONE_WORD.pattern() + "(?:[ \\t]+" + NameRuns.ONE_WORD.pattern() + ")*)[ \\t]*(?:[,.;)]|$)",
          Pattern.MULTILINE);
  private static final int LOOK = 40;

  private final Predicate<String> isCountryOrState;

  /** {@code isCountryOrState} says whether the gazetteer knows a name as a country or a state or province. */
  public PlaceContexts(Predicate<String> isCountryOrState) {
    this.isCountryOrState = isCountryOrState;
  }

  public List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    String text = annotated.text();
    List<Mention> out = new ArrayList<>(mentions);
    Set<String> named = new HashSet<>();
    for (NameRuns.Run run : NameRuns.in(text)) {
      int start = run.start();
      int end = run.end();
      if (KIND_OF.matcher(text.substring(Math.max(0, start - LOOK), start)).find()) {
        place(start, end, true, out, annotated).ifPresent(named::add);
      } else if (inRegion(text, end)) {
        place(start, end, false, out, annotated).ifPresent(named::add);
      }
    }
    NameTypes.passOn(out, named, m -> m.type() == MentionType.PERSON, MentionType.LOCATION);
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  private boolean inRegion(String text, int end) {
    Matcher region = IN_REGION.matcher(text).region(end, text.length());
    return region.lookingAt() && isCountryOrState.test(region.group(1));
  }

  /**
   * The name at [start, end) as a place: the person or miscellaneous name there retyped, or (after
   * "the town of") the untagged name added; the name if it became a place.
   */
  private static Optional<String> place(int start, int end, boolean untaggedToo, List<Mention> out, AnnotatedText annotated) {
    String name = annotated.text().substring(start, end);
    List<Mention> there = out.stream().filter(o -> o.start() < end && start < o.end()).toList();
    if (there.isEmpty()) {
      if (!untaggedToo) {
        return Optional.empty();
      }
      Optional<Integer> sentence = Surnames.sentenceAt(annotated, start);
      sentence.ifPresent(s -> out.add(new Mention(MentionType.LOCATION, start, end, name, null, null, null, null, null, s)));
      return sentence.map(s -> name);
    }
    Mention m = there.get(0);
    boolean retypable =
        there.size() == 1
            && m.start() == start
            && m.end() == end
            && (m.type() == MentionType.PERSON || m.type() == MentionType.MISC)
            && !NameRuns.inLongerPersonName(name, out);
    if (!retypable) {
      return Optional.empty();
    }
    out.set(out.indexOf(m), NameTypes.retyped(m, MentionType.LOCATION));
    return Optional.of(name);
  }
}
