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
    Set<Integer> capitalised = capitalisedSentences(annotated);
    if (capitalised.isEmpty()) {
      return mentions;
    }
    Map<String, MentionType> named = storyNames(mentions, capitalised, false);
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

  /**
   * A name the model for capitals read with the wrong extent in a headline is the name the story
   * gives: "DIGITAL" of "COMPAQ BUYS DIGITAL EQUIPMENT" over a story naming "Digital Equipment Corp.",
   * "BOSTON" of "BOSTON DYNAMICS", "UNDO INSTAGRAM", "FDA AUTHORISES MODERNA". A mention grows to a
   * longer story name over words no other mention covers; one that is no story name itself shrinks
   * to the story names inside it where the words it loses name nothing: no story name holds them,
   * and the story writes them in lower case or not at all ("AUTHORISES"; not "NEW YORK METS" over a
   * story that names "New York" and the "Mets"), and no place keeps words after it ("JAKARTA POST"
   * names the paper).
   */
  public static List<Mention> reshaped(List<Mention> mentions, AnnotatedText annotated) {
    Set<Integer> capitalised = capitalisedSentences(annotated);
    if (capitalised.isEmpty()) {
      return mentions;
    }
    Map<String, MentionType> named = storyNames(mentions, capitalised, true);
    String text = annotated.text();
    Set<String> storyWords = storyWords(mentions, capitalised, annotated);
    List<Mention> out = new ArrayList<>(mentions);
    for (Sentence sentence : annotated.sentences()) {
      if (!capitalised.contains(sentence.index())) {
        continue;
      }
      List<Token> tokens = sentence.tokens();
      for (Mention m : mentions) {
        if (m.sentence() != sentence.index() || !isName(m.type())) {
          continue;
        }
        int a = firstToken(tokens, m.start());
        int b = lastToken(tokens, m.end());
        if (a < 0 || b <= a) {
          continue;
        }
        List<Mention> reshaped = grown(tokens, a, b, m, named, out, text, sentence.index());
        if (reshaped.isEmpty() && !named.containsKey(m.text().toLowerCase(Locale.ROOT))) {
          reshaped = shrunk(tokens, a, b, named, storyWords, text, sentence.index());
        }
        if (!reshaped.isEmpty()) {
          out.remove(m);
          out.addAll(reshaped);
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return out;
  }

  private static List<Mention> grown(List<Token> tokens, int a, int b, Mention m, Map<String, MentionType> named,
      List<Mention> mentions, String text, int sentence) {
    for (int len = Math.min(LONGEST, tokens.size()); len > b - a; len--) {
      for (int i = Math.max(0, b - len); i <= a && i + len <= tokens.size(); i++) {
        int end = i + len;
        int start = tokens.get(i).begin();
        int stop = tokens.get(end - 1).end();
        boolean othersFree = mentions.stream().noneMatch(o -> o != m && o.start() < stop && start < o.end());
        if (othersFree && isName(named.get(text.substring(start, stop).toLowerCase(Locale.ROOT)))
            && !eventOrOf(tokens, i, end) && !joined(text, start, stop)) {
          return List.of(new Mention(named.get(text.substring(start, stop).toLowerCase(Locale.ROOT)), start, stop,
              text.substring(start, stop), null, null, null, null, null, sentence));
        }
      }
    }
    return List.of();
  }

  private static List<Mention> shrunk(List<Token> tokens, int a, int b, Map<String, MentionType> named,
      Set<String> storyWords, String text, int sentence) {
    List<Mention> inside = new ArrayList<>();
    boolean[] used = new boolean[b - a];
    for (int i = a; i < b; i++) {
      for (int end = b; end > i; end--) {
        int start = tokens.get(i).begin();
        int stop = tokens.get(end - 1).end();
        MentionType type = named.get(text.substring(start, stop).toLowerCase(Locale.ROOT));
        if (isName(type) && !eventOrOf(tokens, i, end)) {
          inside.add(new Mention(type, start, stop, text.substring(start, stop), null, null, null, null, null, sentence));
          for (int k = i; k < end; k++) {
            used[k - a] = true;
          }
          i = end - 1;
          break;
        }
      }
    }
    for (int k = a; k < b; k++) {
      String word = tokens.get(k).word();
      if (!used[k - a] && (!LETTER.matcher(word).matches() || storyWords.contains(word.toLowerCase(Locale.ROOT)))) {
        return List.of();
      }
    }
    // "JAKARTA POST": a place with words after it in one name names the paper or club, not the place.
    for (Mention kept : inside) {
      int next = lastToken(tokens, kept.end());
      if (kept.type() == MentionType.LOCATION && next < b && !used[next - a]) {
        return List.of();
      }
    }
    return inside.size() == 0 || allUsed(used) ? List.of() : inside;
  }

  private static boolean allUsed(boolean[] used) {
    for (boolean u : used) {
      if (!u) {
        return false;
      }
    }
    return true;
  }

  private static boolean eventOrOf(List<Token> tokens, int i, int end) {
    return (end < tokens.size() && EVENT_WORD.matcher(tokens.get(end).word()).matches())
        || (i > 0 && tokens.get(i - 1).word().equals("OF"));
  }

  private static boolean isName(MentionType type) {
    return type == MentionType.PERSON || type == MentionType.LOCATION || type == MentionType.ORGANIZATION;
  }

  private static int firstToken(List<Token> tokens, int start) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).begin() == start) {
        return i;
      }
    }
    return -1;
  }

  private static int lastToken(List<Token> tokens, int end) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() == end) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * The words of the story's sentences not in capitals that are names or written with a capital
   * inside a sentence, in lower case: words a headline's name may not lose.
   */
  private static Set<String> storyWords(List<Mention> mentions, Set<Integer> capitalised, AnnotatedText annotated) {
    Set<String> words = new HashSet<>();
    for (Mention m : mentions) {
      if (m.type().isNamedEntity() && !capitalised.contains(m.sentence())) {
        for (String w : m.text().split("\\s+")) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    for (Sentence sentence : annotated.sentences()) {
      if (capitalised.contains(sentence.index())) {
        continue;
      }
      List<Token> tokens = sentence.tokens();
      for (int i = 1; i < tokens.size(); i++) {
        String w = tokens.get(i).word();
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    return words;
  }

  private static Set<Integer> capitalisedSentences(AnnotatedText annotated) {
    Set<Integer> capitalised = new HashSet<>();
    for (Sentence sentence : annotated.sentences()) {
      if (inCapitals(sentence.tokens())) {
        capitalised.add(sentence.index());
      }
    }
    return capitalised;
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
    if (eventAfter || ofBefore || covered || joined(text, start, stop)) {
      return Optional.empty();
    }
    return Optional.of(new Mention(type, start, stop, words, null, null, null, null, null, sentence));
  }

  // "FOOTBALL-RANDALL": a word the tokenizer split off a longer one is no name of its own.
  private static boolean joined(String text, int start, int stop) {
    return (start > 0 && JOINED.matcher(text.substring(start - 1, start)).matches())
        || (stop < text.length() && JOINED.matcher(text.substring(stop, stop + 1)).matches());
  }

  /**
   * The names of the sentences not in capitals, in lower case, with the type they take most; with
   * {@code withoutLegalForms} also each organisation's name without its legal form.
   */
  private static Map<String, MentionType> storyNames(
      List<Mention> mentions, Set<Integer> capitalised, boolean withoutLegalForms) {
    Map<String, Map<MentionType, Integer>> counts = new HashMap<>();
    for (Mention m : mentions) {
      if (!m.type().isNamedEntity() || capitalised.contains(m.sentence())) {
        continue;
      }
      count(counts, m.text(), m.type());
      String[] words = m.text().trim().split("\\s+");
      int kept = words.length;
      while (kept > 1 && ShortCompanyNames.isLegalForm(words[kept - 1])) {
        kept--;
      }
      if (withoutLegalForms && kept < words.length && m.type() == MentionType.ORGANIZATION) {
        // "AMERICA ONLINE" over "America Online Inc.": the name as a headline writes it; only for a
        // name the model found there in part ("AMERICA"), not for words it left untagged.
        count(counts, String.join(" ", List.of(words).subList(0, kept)), m.type());
      }
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
