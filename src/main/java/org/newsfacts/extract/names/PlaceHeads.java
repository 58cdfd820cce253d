package org.newsfacts.extract.names;

import java.util.List;
import java.util.regex.Pattern;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Names that end in a word for a kind of place that is neither a surname nor a company's
 * ("Playfield", "Gym", "Dock", "Stadium", "Avenue", "Reservoir", "Creek") are places: the tagger
 * reads "Davis Gym" and "Clarence Dock" as people, "Lincoln Reservoir" and "Electric Avenue" as
 * organisations, after the person or the company they are named for.
 *
 * <p>Words that end surnames ("Hill", "Lake", "Field", "Park", "Bridge", "Forest") are left out, and
 * so are those that end companies as often as places ("Airport", "Station", "Centre").
 */
public final class PlaceHeads {
  private static final Pattern ENDS_IN_PLACE =
      Pattern.compile(
          "\\s(?:Playfield|Gym|Gymnasium|Docks?|Stadium|Arena|Square|Avenue|Street|Road|Reservoir|Creek|Canal"
              + "|Harbou?r|Beach|Valley|Islands?|Mountains)$");

  private PlaceHeads() {}

  public static List<Mention> resolve(List<Mention> mentions) {
    return mentions.stream()
        .map(m -> (m.type() == MentionType.PERSON || m.type() == MentionType.ORGANIZATION)
                && ENDS_IN_PLACE.matcher(m.text()).find()
            ? NameTypes.retyped(m, MentionType.LOCATION)
            : m)
        .toList();
  }
}
