package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Names that end in a word for a kind of place that is neither a surname nor a company's
 * ("Street", "Avenue", "Stadium", "Reservoir", "Creek", "Gym", "Dock") are places. The tagger
 * reads "Davis Gym" and "Clarence Dock" as people and "Lincoln Reservoir" as an organisation,
 * after the person or the company they are named for, and leaves "Wall Street" and "H Street"
 * untagged more often than not.
 *
 * <p>Words that end surnames ("Hill", "Lake", "Field", "Park", "Bridge", "Lane") are left out, and
 * so are those that end companies as often as places ("Airport", "Station", "Centre"). An untagged
 * name needs a word before the head ("the Street" is none) and ends at it ("Wall Street Journal"
 * is no street).
 *
 * <p>A few heads are surnames too ("Beach", "Street", "Valley"): a person of three words or more
 * whose first is a first name stays a person ("Sarah Rudell Beach", "Anne Marie Street").
 */
public final class PlaceHeads {
  private static final String HEADS =
      "Playfield|Gym|Gymnasium|Docks?|Stadium|Arena|Square|Avenue|Boulevard|Street|Road|Reservoir|Creek|Canal"
          + "|Harbou?r|Beach|Valley|Islands?|Mountains";
  private static final Pattern ENDS_IN_PLACE = Pattern.compile("\\s(?:" + HEADS + ")$");
  private static final Pattern ENDS_IN_SURNAME = Pattern.compile("\\s(?:Beach|Street|Valley)$");
  // Capitalised words a sentence or a headline starts with, which are no part of a street's name.
  private static final Pattern LEADING_WORD =
      Pattern.compile("^(?:The|A|An|In|On|At|For|And|But|Of|To|From|By|With)[ \\t]+");

  private final Predicate<String> isFirstName;

  /** {@code isFirstName} says whether a word is a first name CoreNLP lists ("Sarah"). */
  public PlaceHeads(Predicate<String> isFirstName) {
    this.isFirstName = isFirstName;
  }

  public List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      boolean place =
          (m.type() == MentionType.PERSON || m.type() == MentionType.ORGANIZATION) && ENDS_IN_PLACE.matcher(m.text()).find()
              && !isPersonWithSurnameHead(m);
      out.add(place ? NameTypes.retyped(m, MentionType.LOCATION) : m);
    }
    return NameTypes.withAdded(out, untagged(out, annotated));
  }

  private boolean isPersonWithSurnameHead(Mention m) {
    String[] words = m.text().strip().split("\\s+");
    return m.type() == MentionType.PERSON && words.length >= 3 && isFirstName.test(words[0])
        && ENDS_IN_SURNAME.matcher(m.text()).find();
  }

  /** Runs of capitalised words ending in a head that no mention covers: "Wall Street", "H Street". */
  private static List<Mention> untagged(List<Mention> mentions, AnnotatedText annotated) {
    String text = annotated.text();
    List<Mention> found = new ArrayList<>();
    for (NameRuns.Run run : NameRuns.in(text)) {
      String name = text.substring(run.start(), run.end());
      int start = run.start();
      var leading = LEADING_WORD.matcher(name);
      if (leading.lookingAt()) {
        start += leading.end();
        name = name.substring(leading.end());
      }
      int end = run.end();
      int from = start;
      if (ENDS_IN_PLACE.matcher(name).find() && mentions.stream().noneMatch(o -> o.start() < end && from < o.end())) {
        String place = name;
        Surnames.sentenceAt(annotated, start)
            .ifPresent(s -> found.add(new Mention(MentionType.LOCATION, from, end, place, null, null, null, null, null, s)));
      }
    }
    return found;
  }
}
