package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Words around a place that only a team takes. Clubs are named after their city, county or state
 * ("Harrowby beat Colton", "homered for Dunmore", "Dunmore manager Ann Lee said"), and the
 * tagger, which knows the place, calls the club a place; the words next to it say what it is:
 *
 * <ul>
 *   <li>before it, a result or a player's service: "beat", "victory over", "drew with", "lost to",
 *       "a draw by", "a draw at", "its lead over", "played for", "scored for", "a season with", "on
 *       loan from", "had beaten", "a three-run homer for", "eight points for";
 *   <li>around it, a lead in a game: "to give Dunmore a 4-2 lead";
 *   <li>after it, a result or the club's people: "X beat", "X lost to", "X manager", "X fans",
 *       "X captain", "X goalie", "X guard".
 * </ul>
 *
 * <p>The club then stands for the place's other mentions in the article too ("Dunmore's lead
 * grew"), except where the words before name the place as a place: "in Dunmore", "at Colton",
 * "Harrowby, Kent". A country keeps its type: a national team bears the country's name, and
 * news counts it as the country.
 */
public final class TeamContexts {
  private static final Pattern BEFORE =
      Pattern.compile(
          "\\b(?:beat|beats|beating|defeated|defeats|defeating|(?:drew|draw|drawing) with|lost to|losing to"
              + "|draw (?:by|at|against)|lead over|on loan (?:from|to|at|with)"
              + "|(?:victory|victories|win|wins|winners) over|won against"
              + "|(?:played|plays|playing|pitched|scored|homered|signed) for|signed with|beaten"
              + "|(?:homers?|goals?|points|runs|saves|rebounds|assists|yards|touchdowns) for"
              + "|(?:season|seasons|debut|debuted) (?:for|with))[ \\t]+(?:the[ \\t]+)?$");
  // The posts of a club's players and staff, after its name: "Dunmore manager", "Harrowby goalie".
  private static final String ROLES =
      "manager|coach|captain|striker|goalkeeper|midfielder|defender|pitcher|shortstop"
          + "|outfielder|quarterback|batsman|bowler|skipper|goalie|goaltender|guard|forward|winger|linebacker"
          + "|receiver|catcher|infielder|reliever";
  /** A post of a club's player or staff right after a name: "Bulls coach", "Washington goalie". */
  static final Pattern ROLE_AFTER = Pattern.compile("^[ \\t]+(?:" + ROLES + ")\\b");
  private static final Pattern AFTER =
      Pattern.compile("^[ \\t]+(?:beat|beats|defeated|drew with|lost to|fans|players|supporters|" + ROLES + ")\\b");
  // "to give Dunmore a 4-2 lead": the words before, then the score after.
  private static final Pattern GIVE_BEFORE = Pattern.compile("\\b(?:give|gave|gives|giving)[ \\t]+$");
  private static final Pattern LEAD_AFTER = Pattern.compile("^[ \\t]+an?[ \\t]+\\d+-\\d+[ \\t]+lead\\b");
  // "in Dunmore", "at Colton", "Harrowby, Kent": the place named as a place.
  private static final Pattern AS_PLACE =
      Pattern.compile("(?:\\b(?:in|at|from|near|to|of|outside|into)[ \\t]+|,[ \\t]*)$", Pattern.CASE_INSENSITIVE);
  private static final int LOOK = 40;

  private final Predicate<String> isCountry;

  /** {@code isCountry} says whether the gazetteer knows a name as a country. */
  public TeamContexts(Predicate<String> isCountry) {
    this.isCountry = isCountry;
  }

  public List<Mention> resolve(List<Mention> mentions, String text) {
    Set<String> teams = new HashSet<>();
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      boolean team = isPlace(m)
          && (before(m, text, BEFORE) || AFTER.matcher(after(m, text)).find()
              || (before(m, text, GIVE_BEFORE) && LEAD_AFTER.matcher(after(m, text)).find()));
      if (team) {
        teams.add(m.text());
      }
      out.add(team ? NameTypes.retyped(m, MentionType.ORGANIZATION) : m);
    }
    NameTypes.passOn(out, teams, m -> isPlace(m) && !before(m, text, AS_PLACE), MentionType.ORGANIZATION);
    return out;
  }

  private boolean isPlace(Mention m) {
    return m.type() == MentionType.LOCATION && !isCountry.test(m.text());
  }

  private static boolean before(Mention m, String text, Pattern words) {
    return words.matcher(text.substring(Math.max(0, m.start() - LOOK), m.start())).find();
  }

  private static String after(Mention m, String text) {
    return text.substring(m.end(), Math.min(text.length(), m.end() + LOOK));
  }
}
