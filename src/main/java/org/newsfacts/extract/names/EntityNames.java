package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsfacts.extract.places.PlaceGazetteer;
import org.newsfacts.extract.places.PlaceInfo;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Fills in canonical names so that one entity counts once: people by their fullest form in the
 * article, places through the gazetteer ("U.S." → "United States", with subtype and ISO code),
 * organisations through the acronyms the article itself introduces ("Islamic State (ISIS)").
 */
public final class EntityNames {
  private final PlaceGazetteer places;

  public EntityNames(PlaceGazetteer places) {
    this.places = places;
  }

  public List<Mention> canonicalise(List<Mention> mentions, String text) {
    Map<String, String> people =
        PersonNames.canonicalise(
            mentions.stream().filter(m -> m.type() == MentionType.PERSON).map(Mention::text).toList());
    Map<String, String> acronyms = introducedAcronyms(mentions, text);
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (m.type() == MentionType.LOCATION) {
        placesOnTheirLines(m).forEach(line -> out.add(place(line)));
        continue;
      }
      out.add(
          switch (m.type()) {
            case PERSON -> withCanonical(m, people.getOrDefault(m.text(), m.text()), m.subtype(), null);
            case ORGANIZATION -> withCanonical(
                m, acronyms.getOrDefault(m.text(), withoutArticle(m.text())), null, null);
            default -> m;
          });
    }
    return out;
  }

  /**
   * A wire headline's last word and the dateline under it ("TO GREECE\nATHENS, June 29") can
   * come out as one place: when each line of the mention is a place of its own and the whole is
   * none, they are that many places. A name wrapped over two lines ("United\nStates") stays one.
   */
  private List<Mention> placesOnTheirLines(Mention m) {
    if (m.text().indexOf('\n') < 0 || places.lookup(m.text()).isPresent()) {
      return List.of(m);
    }
    List<Mention> parts = new ArrayList<>();
    int from = 0;
    for (String line : m.text().split("\n", -1)) {
      String name = line.strip();
      if (!name.isEmpty()) {
        if (places.lookup(name).isEmpty()) {
          return List.of(m);
        }
        int start = m.start() + from + line.indexOf(name);
        parts.add(
            new Mention(
                m.type(), start, start + name.length(), name, m.value(), null, m.subtype(), null,
                m.currency(), m.sentence()));
      }
      from += line.length() + 1;
    }
    return parts;
  }

  private Mention place(Mention m) {
    Optional<PlaceInfo> info = places.lookup(m.text());
    if (info.isEmpty()) {
      return withCanonical(m, withoutArticle(m.text()), m.subtype(), null);
    }
    PlaceInfo place = info.get();
    String subtype = place.subtype() != null ? place.subtype() : m.subtype();
    return withCanonical(m, place.canonical(), subtype, place.iso());
  }

  /** "Islamic State (ISIS)": the acronym in brackets right after a name stands for it. */
  private static Map<String, String> introducedAcronyms(List<Mention> mentions, String text) {
    Map<String, String> acronyms = new HashMap<>();
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Mention full = mentions.get(i);
      Mention acronym = mentions.get(i + 1);
      if (full.type() == MentionType.ORGANIZATION
          && acronym.type() == MentionType.ORGANIZATION
          && acronym.text().matches("[A-Z][A-Z.&]{1,9}")
          && full.end() <= acronym.start()
          && text.substring(full.end(), acronym.start()).matches("\\s*\\(\\s*")) {
        acronyms.putIfAbsent(acronym.text(), withoutArticle(full.text()));
      }
    }
    return acronyms;
  }

  private static String withoutArticle(String name) {
    return name.replaceFirst("^(?i)the\\s+", "");
  }

  // A name wrapped over two lines ("Paul\nVolcker") is the name on one line.
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static Mention withCanonical(Mention m, String canonical, String subtype, String iso) {
    String oneLine = WHITESPACE.matcher(canonical).replaceAll(" ").strip();
    return new Mention(
        m.type(), m.start(), m.end(), m.text(), m.value(), oneLine, subtype, iso, m.currency(), m.sentence());
  }
}
