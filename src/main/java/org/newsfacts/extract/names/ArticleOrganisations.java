package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * A name the article calls an organisation is one wherever it stands alone: the tagger, which reads
 * one sentence at a time, finds "Comelf" or "Commerce" in the sentences that say what they are and
 * misses them in the others ("Commerce said", "grab Mercantile or Commerce").
 *
 * <p>Only a name tagged as an organisation more often than as a person or a place, and only its
 * untagged uses, outside longer capitalised names ("Commerce Department"), and at most two more of
 * them than it was tagged: a company the model never saw is often found once, by the words around
 * it ("the cybersecurity firm CrowdStrike", "Rotor Volgograd"), and named twice more alone, in the
 * headline and where a sentence opens with it; but one stray tag ("Milepost 12" once an
 * organisation, and 23 mileposts) must not spread over a whole article.
 *
 * <p>A name tagged as an organisation at least as often as as a person is no person where the
 * tagger, reading one sentence, took it for one: "Pellam called it" beside "the daily Pellam
 * reported", "told Vantor" beside "Vantor said in a statement". Not a name one of the article's people bears in a
 * longer name ("Ford" beside "Henry Ford").
 *
 * <p>A name tagged as an organisation more often than as a place is the organisation where the
 * tagger took it for a place: "Air France" twice a place beside four times the airline, "cost
 * Atalanta $600,000" beside "joined Atalanta" and "Atalanta coach". A city is also the club or the
 * council named after it, so a use the words call a place keeps its type: "in Texas history",
 * "Arlington, Texas" (after a place and a comma). Not a country (a national side bears its
 * country's name, and news counts it as the country) and not a name in capitals (the heads of
 * result tables, where a city's club and the city stand side by side).
 */
public final class ArticleOrganisations {
  // "in Texas", and "Arlington, Texas" once the place before the comma is known to be one.
  private static final Pattern IN_BEFORE = Pattern.compile("\\bin[ \\t]+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMA_BETWEEN = Pattern.compile("[ \\t]*,[ \\t]*");
  private static final int LOOK = 10;
  // How many more untagged uses than tagged ones a name may gain.
  private static final int SPREAD = 2;

  private ArticleOrganisations() {}

  public static List<Mention> resolve(List<Mention> tagged, AnnotatedText annotated) {
    return resolve(tagged, annotated, name -> false);
  }

  /** {@code isCountry} says whether the gazetteer knows a name as a country. */
  public static List<Mention> resolve(List<Mention> tagged, AnnotatedText annotated, Predicate<String> isCountry) {
    Map<String, int[]> counts = counts(tagged);
    List<Mention> mentions = new ArrayList<>(tagged.size());
    for (int i = 0; i < tagged.size(); i++) {
      Mention m = tagged.get(i);
      boolean organisation =
          isOrganisationNotPerson(m, counts, tagged) || isOrganisationNotPlace(i, tagged, counts, annotated.text(), isCountry);
      mentions.add(organisation ? organisation(m.start(), m.end(), m.text(), m.sentence()) : m);
    }
    List<Mention> added = new ArrayList<>();
    for (Map.Entry<String, Integer> organisation : organisations(counts).entrySet()) {
      List<Mention> untagged = UntaggedUses.ofOrganisation(organisation.getKey(), mentions, annotated, start -> true);
      if (untagged.size() <= organisation.getValue() + SPREAD) {
        added.addAll(untagged);
      }
    }
    return NameTypes.withAdded(mentions, added);
  }

  private static boolean isOrganisationNotPerson(Mention m, Map<String, int[]> counts, List<Mention> mentions) {
    if (m.type() != MentionType.PERSON) {
      return false;
    }
    int[] c = counts.get(m.text());
    return c[0] >= c[1] && !NameRuns.inLongerPersonName(m.text(), mentions);
  }

  private static boolean isOrganisationNotPlace(
      int i, List<Mention> mentions, Map<String, int[]> counts, String text, Predicate<String> isCountry) {
    Mention m = mentions.get(i);
    if (m.type() != MentionType.LOCATION || m.text().equals(m.text().toUpperCase(Locale.ROOT)) || isCountry.test(m.text())) {
      return false;
    }
    int[] c = counts.get(m.text());
    if (c[0] <= c[2]) {
      return false;
    }
    String before = text.substring(Math.max(0, m.start() - LOOK), m.start());
    Mention previous = i > 0 ? mentions.get(i - 1) : null;
    boolean afterPlace = previous != null && previous.type() == MentionType.LOCATION && previous.end() <= m.start()
        && COMMA_BETWEEN.matcher(text.substring(previous.end(), m.start())).matches();
    return !IN_BEFORE.matcher(before).find() && !afterPlace;
  }

  /** How often each name is tagged as an organisation, a person and a place. */
  private static Map<String, int[]> counts(List<Mention> mentions) {
    Map<String, int[]> counts = new HashMap<>();
    for (Mention m : mentions) {
      int kind = switch (m.type()) {
        case ORGANIZATION -> 0;
        case PERSON -> 1;
        case LOCATION -> 2;
        default -> -1;
      };
      if (kind >= 0) {
        counts.computeIfAbsent(m.text(), k -> new int[3])[kind]++;
      }
    }
    return counts;
  }

  /** Names tagged as an organisation more often than as a person or a place, with that count. */
  private static Map<String, Integer> organisations(Map<String, int[]> counts) {
    Map<String, Integer> out = new HashMap<>();
    counts.forEach(
        (name, c) -> {
          boolean named = !name.isEmpty() && (Character.isUpperCase(name.codePointAt(0)) || Character.isDigit(name.codePointAt(0)));
          if (named && c[0] > Math.max(c[1], c[2])) {
            out.put(name, c[0]);
          }
        });
    return out;
  }

  private static Mention organisation(int start, int end, String name, int sentence) {
    return new Mention(MentionType.ORGANIZATION, start, end, name, null, null, null, null, null, sentence);
  }
}
