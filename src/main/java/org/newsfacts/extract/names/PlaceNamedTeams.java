package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * A place followed by a capitalised plural noun names a team or a company, not a place: "the
 * Montreal Crystals", "the Ottawa 67s", "Bangladesh Lamps". The tagger knows the place and calls
 * the whole a place, or stops at the place and leaves the plural out. So do the words British
 * clubs put after their town: "Norwich City", "Manchester City", "Leeds United".
 *
 * <p>Not when the whole is itself a place the gazetteer knows ("Palm Springs", "Los Angeles"), nor
 * when the plural is one that places and events take ("Islands", "Heights", "Olympics"), nor a verb
 * of a headline in title case ("Iran Says"), which the part-of-speech tagger tells apart only
 * sometimes: in a headline whose words are nearly all capitalised ("U.S. Plans Troops Withdrawal
 * From Iraq") a capitalised plural says nothing.
 */
public final class PlaceNamedTeams {
  private static final Set<String> PLACE_OR_EVENT_PLURALS =
      Set.of(
          "States", "Islands", "Isles", "Falls", "Springs", "Heights", "Hills", "Mountains", "Rapids", "Lakes",
          "Keys", "Plains", "Highlands", "Lowlands", "Alps", "Woods", "Gardens", "Downs", "Fields", "Sands",
          "Waters", "Straits", "Flats", "Banks", "Emirates", "Territories", "Provinces", "Regions", "Districts",
          "Counties", "Shores", "Beaches", "Forests", "Moors", "Wells", "Cliffs", "Rocks", "Grounds", "Docks",
          "Olympics", "Games", "Championships", "Masters", "Nationals", "Open", "Series", "Awards", "Talks");
  // Words British and American clubs put after their town ("Norwich City", "Leeds United",
  // "Bristol Rovers"); where the whole is a place the gazetteer knows ("Panama City") it stays one.
  private static final Set<String> CLUB_WORDS =
      Set.of("City", "United", "Rovers", "Athletic", "Wanderers", "Albion", "Hotspur", "Argyle");
  // The tagger's part-of-speech tags for plural nouns; "67s" may come out as a number.
  private static final Set<String> PLURAL_TAGS = Set.of("NNS", "NNPS", "CD");

  private final Predicate<String> isKnownPlace;

  /** {@code isKnownPlace} says whether the gazetteer knows a name as a place. */
  public PlaceNamedTeams(Predicate<String> isKnownPlace) {
    this.isKnownPlace = isKnownPlace;
  }

  public List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      int limit = i + 1 < mentions.size() ? mentions.get(i + 1).start() : annotated.text().length();
      out.add(m.type() == MentionType.LOCATION ? team(m, annotated, limit) : m);
    }
    return out;
  }

  private Mention team(Mention place, AnnotatedText annotated, int limit) {
    String text = annotated.text();
    List<Token> tokens = annotated.sentences().get(place.sentence()).tokens();
    if (isTitleCase(tokens)) {
      return place;
    }
    int last = -1;
    for (int i = 0; i < tokens.size() && tokens.get(i).begin() < place.end(); i++) {
      last = i;
    }
    if (last < 0 || isKnownPlace.test(place.text())) {
      // A known place may still take the plural right after it: "Ottawa" + " 67s".
      return last >= 0 && last + 1 < tokens.size() && tokens.get(last + 1).end() <= limit
              && (isTeamPlural(tokens.get(last + 1)) || isClubWord(tokens.get(last + 1))
                  && !isKnownPlace.test(text.substring(place.start(), tokens.get(last + 1).end())))
              && sameLine(text, place.end(), tokens.get(last + 1).begin())
          ? organisation(place, tokens.get(last + 1).end(), text)
          : place;
    }
    // "Montreal Crystals" tagged whole: the words before the plural are a known place.
    Token plural = tokens.get(last);
    int prefixEnd = last > 0 ? tokens.get(last - 1).end() : place.start();
    boolean teamName =
        plural.begin() > place.start()
            && (isTeamPlural(plural) || isClubWord(plural))
            && prefixEnd > place.start()
            && isKnownPlace.test(text.substring(place.start(), prefixEnd));
    return teamName ? organisation(place, place.end(), text) : place;
  }

  /** Nearly every word capitalised, as in a headline: "U.S. Plans Troops Withdrawal From Iraq". */
  private static boolean isTitleCase(List<Token> tokens) {
    int words = 0;
    int capitalised = 0;
    for (Token t : tokens) {
      if (Character.isLetter(t.word().codePointAt(0))) {
        words++;
        capitalised += Character.isUpperCase(t.word().codePointAt(0)) ? 1 : 0;
      }
    }
    return words >= 4 && capitalised * 4 >= words * 3;
  }

  private static boolean isTeamPlural(Token token) {
    String word = token.word();
    return word.length() > 2
        && (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0)))
        && word.endsWith("s")
        && !word.equals(word.toUpperCase(java.util.Locale.ROOT))
        && !PLACE_OR_EVENT_PLURALS.contains(word)
        && PLURAL_TAGS.contains(token.tag());
  }

  private static boolean isClubWord(Token token) {
    return CLUB_WORDS.contains(token.word());
  }

  private static boolean sameLine(String text, int from, int to) {
    return from <= to && text.substring(from, to).isBlank() && text.substring(from, to).indexOf('\n') < 0;
  }

  private static Mention organisation(Mention m, int end, String text) {
    return new Mention(
        MentionType.ORGANIZATION, m.start(), end, text.substring(m.start(), end), null, null, null, null, null, m.sentence());
  }
}
