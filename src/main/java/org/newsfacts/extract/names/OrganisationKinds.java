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
 * A noun naming a kind of organisation right next to a name says what the name is: "the punk band
 * Killing Joke", "the record label Deltasonic", "Liberte newspaper said", "Britain's Sun newspaper
 * reported". The tagger reads a band or a paper it has never seen as a person ("Gigi"), a place, or
 * not at all.
 *
 * <ul>
 *   <li>before the name, the kind itself: "band", "label", "newspaper", "club", "company", "bank"…;
 *   <li>after it, a newspaper, radio or agency that is reported to speak: "X newspaper said", "X
 *       daily quoted" (not "Damascus radio said", which is a known place and stays one, nor "an
 *       Algerian newspaper said", a nationality);
 *   <li>before it, a post that only an organisation has: "founder of Hack Forums", "president of
 *       the Georgetown BID", "a member of One Nation", "chief executive of Norvale" (not "the
 *       president of Velmar", a known place, nor "head of the Russian league", a nationality).
 * </ul>
 *
 * <p>A name the tagger already calls an organisation keeps its edges, a name one of the article's
 * people bears ("the company Jobs founded" beside "Steve Jobs") stays a person, and a name the
 * gazetteer knows as a place or a nationality is left alone.
 */
public final class OrganisationKinds {
  // The kind in front of the name, in lower case: a capitalised "Band" belongs to the name itself.
  private static final Pattern KIND_BEFORE =
      Pattern.compile(
          "\\b(?:band|label|newspaper|daily|weekly|magazine|tabloid|broadcaster|channel|club|party|company"
              + "|firm|group|bank|lender|airline|retailer|carmaker|automaker|insurer|publisher|conglomerate"
              + "|startup|start-up|charity|agency)[ \\t]+$");
  // A post in an organisation, before its name: "founder of", "chief executive of the". Not
  // "minister of" or "governor of", posts of places; the country after "president of" is a known place.
  private static final Pattern POST_OF =
      Pattern.compile(
          "\\b(?:founders?|co-founders?|chairman|chairwoman|(?:vice[ -])?president|executive|director(?:[ -]general)?"
              + "|head|leader|members?|secretary[ -]general|owners?|employees?|shareholders?)[ \\t]+(?:of|at)"
              + "(?:[ \\t]+the)?[ \\t]+$",
          Pattern.CASE_INSENSITIVE);
  // A paper, station or agency reported to speak, after its name.
  private static final Pattern SPEAKING_AFTER =
      Pattern.compile(
          "[ \\t]+(?:newspaper|daily|weekly|magazine|tabloid|radio|television|news agency|agency)"
              + "[ \\t]+(?:said|says|reported|reports|quoted|quotes|wrote|writes|cited|cites|carried)\\b");
  // Words that open a sentence rather than a name ("But Le Matin newspaper said").
  private static final Pattern OPENING_WORD = Pattern.compile("^(?:The|A|An|But|And|Or|So|Yet|In|On|At)[ \\t]+");
  // A name that ends as a description of something else: "New York-based", "Paris-born".
  private static final Pattern DESCRIPTIVE_END = Pattern.compile("-\\p{Ll}+$");
  private static final int LOOK = 40;

  private final Predicate<String> isKnownPlace;
  private final Predicate<String> isNationality;

  /**
   * {@code isKnownPlace} says whether the gazetteer knows a name as a place, {@code isNationality}
   * whether a word is a nationality adjective ("Algerian").
   */
  public OrganisationKinds(Predicate<String> isKnownPlace, Predicate<String> isNationality) {
    this.isKnownPlace = isKnownPlace;
    this.isNationality = isNationality;
  }

  public List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    String text = annotated.text();
    List<Mention> out = new ArrayList<>(mentions);
    Set<String> named = new HashSet<>();
    for (NameRuns.Run run : NameRuns.in(text)) {
      int start = run.start();
      int end = run.end();
      String before = text.substring(Math.max(0, start - LOOK), start);
      if (KIND_BEFORE.matcher(before).find()
          || (POST_OF.matcher(before).find() && (hasSpace(text, start, end) || isTagged(start, end, out)))) {
        organisation(start, end, out, annotated).ifPresent(named::add);
      } else if (SPEAKING_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
        Matcher opening = OPENING_WORD.matcher(text).region(start, end);
        organisation(opening.lookingAt() ? opening.end() : start, end, out, annotated).ifPresent(named::add);
      }
    }
    // "the band Gigi" once makes every "Gigi" of the article the band.
    NameTypes.passOn(
        out, named, m -> m.type() == MentionType.PERSON || m.type() == MentionType.LOCATION, MentionType.ORGANIZATION);
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  // One untagged word after a post is more often its field than an organisation: "Director of
  // Intelligence", "head of Research".
  private static boolean hasSpace(String text, int start, int end) {
    return text.substring(start, end).indexOf(' ') >= 0;
  }

  private static boolean isTagged(int start, int end, List<Mention> mentions) {
    return mentions.stream().anyMatch(m -> m.start() < end && start < m.end());
  }

  /**
   * The name at [start, end) as an organisation, unless it is one already, a place or a person's;
   * the name if it became one.
   */
  private Optional<String> organisation(int start, int end, List<Mention> out, AnnotatedText annotated) {
    String name = annotated.text().substring(start, end);
    if (name.codePoints().filter(Character::isLetter).count() < 2 || DESCRIPTIVE_END.matcher(name).find()) {
      return Optional.empty(); // "company N / A" in a table; "director of the New York-based group"
    }
    if (isKnownPlace.test(name) || isNationality.test(name) || NameRuns.inLongerPersonName(name, out)) {
      return Optional.empty();
    }
    List<Mention> inside = out.stream().filter(o -> o.start() < end && start < o.end()).toList();
    for (Mention m : inside) {
      boolean retypable =
          (m.type() == MentionType.PERSON || m.type() == MentionType.LOCATION || m.type() == MentionType.MISC)
              && start <= m.start()
              && m.end() <= end;
      if (!retypable) {
        return Optional.empty();
      }
    }
    Optional<Integer> sentence = Surnames.sentenceAt(annotated, start);
    if (sentence.isEmpty()) {
      return Optional.empty();
    }
    out.removeAll(inside);
    out.add(new Mention(MentionType.ORGANIZATION, start, end, name, null, null, null, null, null, sentence.get()));
    return Optional.of(name);
  }

}
