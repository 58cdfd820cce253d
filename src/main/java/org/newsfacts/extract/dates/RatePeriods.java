package org.newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * "a year" of "300,000 homes a year", "an hour" of "$15 an hour": a rate, which TimeML marks as
 * a SET (each year), not as a duration of one year. The tagger calls them durations.
 */
public final class RatePeriods {
  private static final Pattern ONE_PERIOD =
      Pattern.compile("(?i)(a|an|per|each)\\s+(year|month|week|day|hour|minute|second)");

  private static final Set<String> FREQUENCIES = Set.of("once", "twice", "thrice");

  private RatePeriods() {}

  /** The mentions, with rate periods made sets. */
  public static List<Mention> asSets(List<Mention> mentions, AnnotatedText annotated) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      out.add(isRate(m, annotated) ? asSet(m) : m);
    }
    return out;
  }

  private static boolean isRate(Mention m, AnnotatedText annotated) {
    if (m.type() != MentionType.DURATION || !ONE_PERIOD.matcher(m.text()).matches()) {
      return false;
    }
    Sentence sentence = annotated.sentences().get(m.sentence());
    List<Token> tokens = sentence.tokens();
    int first = 0;
    while (first < tokens.size() && tokens.get(first).begin() < m.start()) {
      first++;
    }
    if (first == 0) {
      return false;
    }
    // After what is counted or paid: "homes a year", "$15 an hour", "5% a year", "two days a week";
    // or after how often: "twice a day", "once a week".
    Token previous = tokens.get(first - 1);
    String word = previous.word().toLowerCase(Locale.ROOT);
    return previous.hasTag("NN") || previous.hasTag("CD") || word.equals("%")
        || FREQUENCIES.contains(word);
  }

  private static Mention asSet(Mention m) {
    return new Mention(
        MentionType.SET, m.start(), m.end(), m.text(), m.value(), m.canonical(), m.subtype(),
        m.iso(), m.currency(), m.sentence());
  }
}
