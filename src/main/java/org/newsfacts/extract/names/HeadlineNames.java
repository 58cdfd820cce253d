package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * A headline in capitals names what its story names: "UAW STRIKES AT GM, FORD AND STELLANTIS
 * PLANTS" over a story that tags "Stellantis" as a company, "BOLSONARO BARRED" over one about Jair
 * Bolsonaro. The model that reads capitalised lines misses the names it never saw, which the
 * story's mixed-case sentences, read by the other model, give away. So words of a sentence in
 * capitals that no mention covers and that spell, in any case, a name the article's other
 * sentences tag with one type more often than with any other, or the surname of a person they name
 * in full, are that name.
 *
 * <p>Not a name inside an event's ("HONG KONG OPEN", "BERLIN GRAND PRIX", "TOUR OF NETHERLANDS"):
 * the word after is no event word and the word before is no "OF".
 */
public final class HeadlineNames {
  private static final Pattern EVENT_WORD =
      Pattern.compile(
          "CUPS?|GAMES|OPEN|TROPHY|CHAMPIONSHIPS?|GRAND|AWARDS?|PRIZE|CLASSIC|TOUR|TOURNAMENT|MASTERS|SERIES"
              + "|INVITATIONAL|MARATHON|RALLY|FESTIVAL|OLYMPICS|LEAGUE");
  private static final Pattern LETTER = Pattern.compile(".*\\p{L}.*");
  private static final Pattern JOINED = Pattern.compile("[\\p{L}\\p{N}&-]");
  private static final int SHORTEST_SURNAME = 3;
  private static final int LONGEST = 6;

  private HeadlineNames() {}

  public static List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    Set<Integer> capitalised = new HashSet<>();
    for (Sentence sentence : annotated.sentences()) {
      if (inCapitals(sentence.tokens())) {
        capitalised.add(sentence.index());
      }
    }
    if (capitalised.isEmpty()) {
      return mentions;
    }
    Map<String, MentionType> named = storyNames(mentions, capitalised);
    String text = annotated.text();
    List<Mention> added = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      if (!capitalised.contains(sentence.index())) {
        continue;
      }
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        for (int end = Math.min(tokens.size(), i + LONGEST); end > i; end--) {
          Optional<Mention> name = named(tokens, i, end, named, mentions, text, sentence.index());
          if (name.isPresent()) {
            added.add(name.get());
            i = end - 1;
            break;
          }
        }
      }
    }
    return NameTypes.withAdded(mentions, added);
  }

  /** The words [i, end) as the name the story gives them, if they spell one and are free. */
  private static Optional<Mention> named(
      List<Token> tokens, int i, int end, Map<String, MentionType> named, List<Mention> mentions, String text, int sentence) {
    if (!LETTER.matcher(tokens.get(i).word()).matches() || !LETTER.matcher(tokens.get(end - 1).word()).matches()) {
      return Optional.empty();
    }
    int start = tokens.get(i).begin();
    int stop = tokens.get(end - 1).end();
    String words = text.substring(start, stop);
    MentionType type = named.get(words.toLowerCase(Locale.ROOT));
    if (type == null || words.codePoints().filter(Character::isLetter).count() < 2) {
      return Optional.empty();
    }
    boolean eventAfter = end < tokens.size() && EVENT_WORD.matcher(tokens.get(end).word()).matches();
    boolean ofBefore = i > 0 && tokens.get(i - 1).word().equals("OF");
    boolean covered = mentions.stream().anyMatch(m -> m.start() < stop && start < m.end());
    // "FOOTBALL-RANDALL": a word the tokenizer split off a longer one is no name of its own.
    boolean joined = (start > 0 && JOINED.matcher(text.substring(start - 1, start)).matches())
        || (stop < text.length() && JOINED.matcher(text.substring(stop, stop + 1)).matches());
    if (eventAfter || ofBefore || covered || joined) {
      return Optional.empty();
    }
    return Optional.of(new Mention(type, start, stop, words, null, null, null, null, null, sentence));
  }

  /** The names of the sentences not in capitals, in lower case, with the type they take most. */
  private static Map<String, MentionType> storyNames(List<Mention> mentions, Set<Integer> capitalised) {
    Map<String, Map<MentionType, Integer>> counts = new HashMap<>();
    for (Mention m : mentions) {
      if (!m.type().isNamedEntity() || capitalised.contains(m.sentence())) {
        continue;
      }
      count(counts, m.text(), m.type());
      String[] words = m.text().trim().split("\\s+");
      String last = words[words.length - 1];
      if (m.type() == MentionType.PERSON && words.length >= 2 && last.length() >= SHORTEST_SURNAME) {
        count(counts, last, MentionType.PERSON);
      }
    }
    Map<String, MentionType> named = new HashMap<>();
    counts.forEach(
        (name, byType) -> {
          int most = byType.values().stream().mapToInt(Integer::intValue).max().orElse(0);
          List<MentionType> top = byType.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
          if (top.size() == 1) {
            named.put(name, top.get(0));
          }
        });
    return named;
  }

  private static void count(Map<String, Map<MentionType, Integer>> counts, String name, MentionType type) {
    counts.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new HashMap<>()).merge(type, 1, Integer::sum);
  }

  // Every word with a letter in capitals: a wire headline or dateline ("HONG KONG 2024-01-29").
  private static boolean inCapitals(List<Token> tokens) {
    int letters = 0;
    for (Token token : tokens) {
      String word = token.word();
      if (LETTER.matcher(word).matches()) {
        if (!word.equals(word.toUpperCase(Locale.ROOT))) {
          return false;
        }
        letters++;
      }
    }
    return letters > 1;
  }
}
