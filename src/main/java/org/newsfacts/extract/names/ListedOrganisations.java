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
 * The names listed after a kind of organisation are organisations: "companies such as Spotify,
 * Tesla, Uber and Snapchat", "websites like Reddit and Twitter", "blue chips including Atlas
 * Cement". The tagger reads a brand it has never seen as a place or a person ("Tesla"), or not at
 * all; the noun in front says what each name of the list is.
 *
 * <p>A name of the list that the gazetteer knows as a place keeps its type ("firms like China's
 * Huawei" lists a company of China), and the list ends at the first word that is not a name.
 */
public final class ListedOrganisations {
  private static final String KINDS =
      "companies|firms|corporations|businesses|banks|lenders|insurers|airlines|carriers|carmakers|automakers"
          + "|retailers|chains|stores|brands|websites|sites|platforms|networks|broadcasters|newspapers|publishers"
          + "|organisations|organizations|agencies|charities|clubs|bands|labels|studios|manufacturers|makers"
          + "|operators|suppliers|utilities|giants|chips|startups|start-ups|apps|services";
  private static final Pattern CUE =
      Pattern.compile("\\b(?:" + KINDS + "),?[ \\t]+(?:such as|like|including)[ \\t]+", Pattern.CASE_INSENSITIVE);
  // A name of the list: capitalised words, perhaps joined by "&" or a spaced hyphen ("Harley - Davidson").
  private static final Pattern ITEM =
      Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:(?:[ \\t]+[-&])?[ \\t]+\\p{Lu}[\\p{L}\\p{N}&.'’-]*)*");
  private static final Pattern SEPARATOR = Pattern.compile("[ \\t]?(?:,[ \\t]+(?:and[ \\t]+|or[ \\t]+)?|[ \\t](?:and|or)[ \\t]+)");

  private final Predicate<String> isKnownPlace;

  /** {@code isKnownPlace} says whether the gazetteer knows a name as a place. */
  public ListedOrganisations(Predicate<String> isKnownPlace) {
    this.isKnownPlace = isKnownPlace;
  }

  public List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    String text = annotated.text();
    Matcher cue = CUE.matcher(text);
    if (!cue.find()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions);
    do {
      ListedNames.walk(text, cue.end(), ITEM, text.length(), SEPARATOR, text.length(),
          (start, end) -> list(start, end, out, annotated));
    } while (cue.find());
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /** The name at [start, end) as an organisation: a new mention, or the person or place inside it retyped. */
  private void list(int start, int end, List<Mention> out, AnnotatedText annotated) {
    List<Mention> inside = out.stream().filter(o -> o.start() < end && start < o.end()).toList();
    if (inside.isEmpty()) {
      Optional<Integer> sentence = Surnames.sentenceAt(annotated, start);
      sentence.ifPresent(
          s -> out.add(organisation(start, end, annotated.text().substring(start, end), s)));
      return;
    }
    for (Mention m : inside) {
      boolean retype =
          (m.type() == MentionType.PERSON || m.type() == MentionType.LOCATION)
              && start <= m.start()
              && m.end() <= end
              && !isKnownPlace.test(m.text());
      if (retype) {
        out.set(out.indexOf(m), organisation(m.start(), m.end(), m.text(), m.sentence()));
      }
    }
  }

  private static Mention organisation(int start, int end, String text, int sentence) {
    return new Mention(MentionType.ORGANIZATION, start, end, text, null, null, null, null, null, sentence);
  }
}
