package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * A wire story's dateline names the place it was filed from: "LONDON 1996-08-30", "THE HAGUE
 * 1996-08-30", "FLINT , Mich. 1998-06-24". The tagger reads the line in capitals with the model for
 * headlines and, with nothing around the words, often gets them wrong: a club where the story is
 * about one ("CARDIFF", "LIVERPOOL" over a match report), or half a city ("LAKE CITY" of "SALT LAKE
 * CITY"). The line says what the words are, so they are one place, and the words after a comma
 * (the state or country) another.
 *
 * <p>Only a line that is nothing but capitalised words in capitals, perhaps a comma and more
 * capitalised words, and a date last. A name the tagger read whole there keeps its type unless the
 * gazetteer knows it as a place: "UNITED NATIONS 1996-08-30" is filed from the organisation.
 */
public final class Datelines {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}.'-]*");

  private final Predicate<String> isKnownPlace;

  /** {@code isKnownPlace} says whether the gazetteer knows a name as a place. */
  public Datelines(Predicate<String> isKnownPlace) {
    this.isKnownPlace = isKnownPlace;
  }

  public List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    List<Mention> places = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      places.addAll(places(sentence, annotated.text()));
    }
    // "UNITED NATIONS 1996-08-30": a name the tagger read whole keeps its type unless it is a known place.
    places.removeIf(p -> !isKnownPlace.test(p.text())
        && mentions.stream().anyMatch(m -> m.start() == p.start() && m.end() == p.end()));
    if (places.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      boolean overlapped = places.stream().anyMatch(p -> p.start() < m.end() && m.start() < p.end());
      boolean same = places.stream().anyMatch(p -> p.start() == m.start() && p.end() == m.end() && m.type() == p.type());
      if (!overlapped || same) {
        out.add(m);
      }
    }
    return NameTypes.withAdded(out, places);
  }

  /** The dateline's places: the words before the date, split at a comma; none if it is no dateline. */
  private static List<Mention> places(Sentence sentence, String text) {
    List<Token> tokens = sentence.tokens();
    if (tokens.size() < 2 || !DATE.matcher(tokens.get(tokens.size() - 1).word()).matches()) {
      return List.of();
    }
    List<Token> words = tokens.subList(0, tokens.size() - 1);
    List<Mention> places = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= words.size(); i++) {
      if (i < words.size() && !words.get(i).word().equals(",")) {
        String word = words.get(i).word();
        // The city in capitals; the state or country after it may be written as usual ("Mich.").
        boolean capitals = from > 0 || word.equals(word.toUpperCase(Locale.ROOT));
        if (!WORD.matcher(word).matches() || !capitals) {
          return List.of();
        }
        continue;
      }
      if (i == from) {
        return List.of(); // a comma first, last or twice over
      }
      int start = words.get(from).begin();
      int end = words.get(i - 1).end();
      places.add(new Mention(MentionType.LOCATION, start, end, text.substring(start, end), null, null, null, null, null,
          sentence.index()));
      from = i + 1;
    }
    return places.size() <= 2 ? places : List.of();
  }
}
