package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Words around a name that only an organisation takes. The tagger reads a company's name that
 * looks like a surname or a place as one ("shares of Jones", "a Harley-Davidson spokeswoman", "a
 * spokesman for Air France"); the words next to it settle the type:
 *
 * <ul>
 *   <li>stock and spokespeople: "shares of X", "a stake in X", "a spokesman for X", "X shares",
 *       "X stock", "X spokeswoman", "X shareholders", "X's chief executive";
 *   <li>a shop or firm named in the possessive and standing alone as a noun: "Dillard's was
 *       added", "became Macy's in 2006", "a bid for Boatmen's." (a person's possessive is
 *       followed by what is theirs: "Smith's book").
 * </ul>
 *
 * <p>A place the gazetteer knows keeps its type: "London shares", "U.S. stock" and "a French
 * spokesman" speak of a market or a country, not a company.
 */
public final class OrganisationContexts {
  private static final Pattern BEFORE =
      Pattern.compile("\\b(?:shares (?:of|in)|stakes? in|(?:spokesman|spokeswoman|spokesperson) for)[ \\t]+$");
  private static final Pattern AFTER =
      Pattern.compile(
          "^[ \\t]+(?:(?:common[ \\t]+|preferred[ \\t]+)?(?:shares|stock)(?![ \\t]+(?:exchange|market|prices|index|indices|average))"
              + "|spokesman|spokeswoman|spokesperson|shareholders|stockholders)\\b"
              + "|^[ \\t]?'s[ \\t]+(?:chief executive|shares|stock|shareholders|board of directors)\\b",
          Pattern.CASE_INSENSITIVE);
  // "Dillard's was", "Macy's in 2006", "for Boatmen's.": a possessive with no noun after it.
  private static final Pattern STANDALONE_POSSESSIVE =
      Pattern.compile("^[ \\t]?'s(?=[ \\t]*[.,;]|[ \\t]+(?:was|is|has|had|became|store|stores|in|and|or)\\b)");
  private static final int LOOK = 60;

  private final Predicate<String> isKnownPlace;

  /** {@code isKnownPlace} says whether the gazetteer knows a name as a place ("London", "U.S."). */
  public OrganisationContexts(Predicate<String> isKnownPlace) {
    this.isKnownPlace = isKnownPlace;
  }

  public List<Mention> resolve(List<Mention> mentions, String text) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      out.add(retyped(m, text));
    }
    return out;
  }

  private Mention retyped(Mention m, String text) {
    boolean person = m.type() == MentionType.PERSON;
    if (!person && m.type() != MentionType.LOCATION && m.type() != MentionType.ORGANIZATION) {
      return m;
    }
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + LOOK));
    Matcher possessive = STANDALONE_POSSESSIVE.matcher(after);
    if (m.type() != MentionType.LOCATION && !m.text().contains(" ") && possessive.lookingAt()) {
      return organisation(m, m.end() + possessive.end(), text);
    }
    if (m.type() == MentionType.ORGANIZATION || (!person && isKnownPlace.test(m.text()))) {
      return m;
    }
    String before = text.substring(Math.max(0, m.start() - LOOK), m.start());
    return BEFORE.matcher(before).find() || AFTER.matcher(after).lookingAt() ? organisation(m, m.end(), text) : m;
  }

  private static Mention organisation(Mention m, int end, String text) {
    return new Mention(
        MentionType.ORGANIZATION, m.start(), end, text.substring(m.start(), end), null, null, null, null, null, m.sentence());
  }
}
