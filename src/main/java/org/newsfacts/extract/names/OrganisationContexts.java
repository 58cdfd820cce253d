package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Words around a name that only an organisation takes. The tagger reads a company's name that
 * looks like a surname or a place as one ("shares of Jones", "a Harley-Davidson spokeswoman", "a
 * spokesman for Air France"); the words next to it settle the type:
 *
 * <ul>
 *   <li>stock, spokespeople and staff: "shares of X", "a stake in X", "a spokesman for X", "X
 *       shares", "X stock", "X spokeswoman", "X shareholders", "X's chief executive", "X
 *       headquarters", "X employees", "X unions";
 *   <li>a shop or firm named in the possessive and standing alone as a noun: "Dillard's was
 *       added", "became Macy's in 2006", "a bid for Boatmen's." (a person's possessive is
 *       followed by what is theirs: "Smith's book").
 * </ul>
 *
 * <p>A place the gazetteer knows keeps its type: "London shares", "U.S. stock" and "a French
 * spokesman" speak of a market or a country, not a company.
 *
 * <p>A name the tagger left untagged is an organisation in the same words, and where it speaks of
 * itself as "it" ("Comelf said it almost doubled output", "Shares of Zoom fell"), and after the
 * words that only put a company beside a company ("KFC parent Yum Brands", "owned by Toshiba-EMI"): companies the tagger never saw. Not a word that starts a sentence alone ("The spokesman said"), nor a name
 * in capitals.
 */
public final class OrganisationContexts {
  private static final Pattern BEFORE =
      Pattern.compile("\\b(?:shares (?:of|in)|stakes? in|(?:spokesman|spokeswoman|spokesperson) for)[ \\t]+$");
  private static final Pattern AFTER =
      Pattern.compile(
          "^[ \\t]+(?:(?:common[ \\t]+|preferred[ \\t]+)?(?:shares|stock)(?![ \\t]+(?:exchange|market|prices|index|indices|average))"
              + "|spokesman|spokeswoman|spokesperson|shareholders|stockholders|headquarters|employees|unions)\\b"
              + "|^[ \\t]?'s[ \\t]+(?:chief executive|shares|stock|shareholders|board of directors)\\b",
          Pattern.CASE_INSENSITIVE);
  // "Dillard's was", "Macy's in 2006", "for Boatmen's.": a possessive with no noun after it.
  private static final Pattern STANDALONE_POSSESSIVE =
      Pattern.compile("^[ \\t]?'s(?=[ \\t]*[.,;]|[ \\t]+(?:was|is|has|had|became|store|stores|in|and|or)\\b)");
  // "said it", "said on Monday that its": a name that speaks of itself as "it".
  private static final Pattern SAID_IT =
      Pattern.compile("^[ \\t]+(?:said|says)[ \\t]+(?:on[ \\t]+\\p{L}+[ \\t]+)?(?:that[ \\t]+)?(?:it|its)\\b");
  // "parent Yum Brands", "owned by Toshiba-EMI": a company beside a company. Not "rival", which
  // peoples and factions take too ("rival Kurdish factions").
  private static final Pattern COMPANY_BEFORE =
      Pattern.compile("\\b(?:parent|owned by)[ \\t]+$", Pattern.CASE_INSENSITIVE);
  // "Shares of Zoom" at the start of a sentence.
  private static final Pattern BEFORE_ANY_CASE = Pattern.compile(BEFORE.pattern(), Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_START = Pattern.compile("(?:^|\\n|[.!?\"”][ \\t]*)$");
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

  /** The mentions with the untagged names these words make organisations. */
  public List<Mention> withUntagged(List<Mention> mentions, AnnotatedText annotated) {
    String text = annotated.text();
    List<Mention> found = new ArrayList<>();
    for (NameRuns.Run run : NameRuns.names(text)) {
      int start = run.start();
      int end = run.end();
      String name = text.substring(start, end);
      boolean alone = name.indexOf(' ') < 0 && SENTENCE_START.matcher(text.substring(Math.max(0, start - 3), start)).find();
      if (alone || name.equals(name.toUpperCase(Locale.ROOT)) || isKnownPlace.test(name)
          || mentions.stream().anyMatch(o -> o.start() < end && start < o.end())) {
        continue;
      }
      String before = text.substring(Math.max(0, start - LOOK), start);
      String after = text.substring(end, Math.min(text.length(), end + LOOK));
      if (BEFORE_ANY_CASE.matcher(before).find() || COMPANY_BEFORE.matcher(before).find() || AFTER.matcher(after).lookingAt()
          || SAID_IT.matcher(after).lookingAt()) {
        Surnames.sentenceAt(annotated, start)
            .ifPresent(sentence -> found.add(
                new Mention(MentionType.ORGANIZATION, start, end, name, null, null, null, null, null, sentence)));
      }
    }
    return NameTypes.withAdded(mentions, found);
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
