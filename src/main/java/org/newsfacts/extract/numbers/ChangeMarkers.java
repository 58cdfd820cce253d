package org.newsfacts.extract.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsfacts.extract.corenlp.Lemmas;

/**
 * The qualifier of a quantity, read from the words just before its number: "about 900" is
 * {@code ~}, "more than 3" {@code >}, "up to 5" {@code <}, "rose 5%" {@code up}, "fell by 3%"
 * {@code down}, anything else {@code =} (the convention of the NewsQuant evaluation set).
 */
public final class ChangeMarkers {
  // Longest first, so "no more than" wins over "more than".
  private static final List<Map.Entry<String, String>> BOUNDS =
      List.of(
          Map.entry("no more than", "<"),
          Map.entry("not more than", "<"),
          Map.entry("no less than", ">"),
          Map.entry("more than", ">"),
          Map.entry("greater than", ">"),
          Map.entry("higher than", ">"),
          Map.entry("larger than", ">"),
          Map.entry("bigger than", ">"),
          Map.entry("in excess of", ">"),
          Map.entry("upwards of", ">"),
          Map.entry("at least", ">"),
          Map.entry("as many as", "<"),
          Map.entry("as much as", "<"),
          Map.entry("as high as", "<"),
          Map.entry("less than", "<"),
          Map.entry("fewer than", "<"),
          Map.entry("lower than", "<"),
          Map.entry("smaller than", "<"),
          Map.entry("up to", "<"),
          Map.entry("at most", "<"),
          Map.entry("some", "~"),
          Map.entry("about", "~"),
          Map.entry("around", "~"),
          Map.entry("approximately", "~"),
          Map.entry("approx", "~"),
          Map.entry("roughly", "~"),
          Map.entry("nearly", "~"),
          Map.entry("almost", "~"),
          Map.entry("circa", "~"),
          Map.entry("estimated", "~"),
          Map.entry("an estimated", "~"),
          Map.entry("estimated at", "~"),
          Map.entry("close to", "~"),
          Map.entry("over", ">"),
          Map.entry("above", ">"),
          Map.entry("exceeding", ">"),
          Map.entry("under", "<"),
          Map.entry("below", "<"),
          Map.entry("just under", "<"),
          Map.entry("just over", ">"),
          Map.entry("within", "<"),
          // "topped $70,000", "weakened past 150 per dollar"; "the past 12 months" is a span
          Map.entry("the past", "="),
          Map.entry("this past", "="),
          Map.entry("past", ">"),
          Map.entry("topped", ">"),
          Map.entry("tops", ">"),
          Map.entry("surpassed", ">"),
          Map.entry("exceeded", ">"));

  private static final Set<String> RISES =
      Set.of(
          "rise", "rises", "rose", "risen", "rising", "increase", "increased", "increases",
          "increasing", "gain", "gained", "gains", "climb", "climbed", "climbs", "jump", "jumped",
          "jumps", "surge", "surged", "surges", "soar", "soared", "soars", "grow", "grew", "grown",
          "grows", "up", "boost", "boosted", "hike", "hiked", "advance", "advanced", "rallied",
          "higher", "expanded", "widened", "doubled", "tripled", "swelled", "accelerated", "strengthened",
          "strengthens", "add", "added", "adds", "adding", "widen", "widens", "rally", "rallies",
          "expand", "expands");
  private static final Set<String> FALLS =
      Set.of(
          "fall", "falls", "fell", "fallen", "falling", "drop", "dropped", "drops", "decline",
          "declined", "declines", "lose", "lost", "loses", "slip", "slipped", "slips", "slide",
          "slid", "sink", "sank", "plunge", "plunged", "plunges", "tumble", "tumbled", "decrease",
          "decreased", "decreases", "down", "shrank", "shrink", "shrunk", "eased", "eases",
          "dipped", "dips", "slumped", "slumps", "plummeted", "contracted", "narrowed", "halved",
          "slowed", "slows", "cooled", "weakened", "weakens", "weaken", "dip", "narrow", "narrows",
          "slump", "sunk", "dived", "shed", "sheds", "retreated", "skidded", "sagged");
  // Verbs that also take a thing counted ("cut 3,000 jobs", "raised $45 million from
  // investors"): a change only with "by" or "to" ("cut costs by 5%", "raise the wage to $15").
  private static final Set<String> RISES_WITH_BY =
      Set.of("raise", "raised", "raises", "raising", "increase", "increased", "extend", "extended", "extends",
          "extending", "lengthened", "lift", "lifted", "lifts", "lifting");
  private static final Set<String> FALLS_WITH_BY =
      Set.of(
          "cut", "cuts", "cutting", "reduce", "reduced", "reduces", "reducing", "lower", "lowered", "lowers",
          "lowering", "lose", "lost", "loses", "trim", "trimmed", "trims", "trimming", "slash", "slashed",
          "slashes", "slashing");
  // The same verbs by dictionary form, so that their past forms read ("plummeted") and the bare
  // form after "to" or a modal ("expected to slow to 2.9%", "could ease to 3%", "will double its
  // sales to"), where it cannot be a noun ("a contract of"); not a form in -s or -ing unless
  // listed, which is as often a plural noun ("2,119,198 contracts", "the advances were"), an
  // adjective ("the retreating glacier") or a noun ("a losing streak").
  private static final Set<String> RISE_VERBS = verbs(RISES, "up", "higher");
  private static final Set<String> FALL_VERBS = verbs(FALLS, "down");
  private static final Set<String> RISE_WITH_BY_VERBS = verbs(RISES_WITH_BY);
  private static final Set<String> FALL_WITH_BY_VERBS = verbs(FALLS_WITH_BY);
  private static final Set<String> BEFORE_BARE_VERB =
      Set.of("to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did", "does", "do");

  // Words between a verb of change and its number: "rose by about 5%", "fell to 3%".
  private static final Set<String> BETWEEN =
      Set.of(
          "by", "to", "a", "an", "some", "about", "nearly", "almost", "roughly", "around", "just",
          "more", "than", "over", "only", "another", "further", "as", "much", "minus", "between",
          // "lost an average of 15%", "reached a record 7.75 million", "a rise of 0.5%"
          "average", "of", "record", "all-time", "new");

  // "a record low of", "an all-time high of": the level a record names.
  private static final Set<String> RECORDS = Set.of("record", "all-time", "new");
  private static final Set<String> LEVELS = Set.of("low", "high", "peak", "lows", "highs");
  // Nouns of change after a figure with an article before it: "a 30% rise", "a 20% drop".
  private static final Set<String> ARTICLES = Set.of("a", "an");
  private static final Set<String> RISE_NOUNS =
      Set.of("rise", "increase", "gain", "jump", "surge", "hike", "climb", "boost", "uplift", "uptick",
          "spike", "raise");
  private static final Set<String> FALL_NOUNS =
      Set.of("fall", "drop", "decline", "decrease", "cut", "reduction", "slump", "plunge", "dip", "slide",
          "tumble", "contraction", "downturn");

  // Comparatives after a quantity that make it the difference from another figure: "8% more
  // than a year earlier", "£1.6bn less than", "closed 0.6% higher at 18,492".
  private static final Set<String> MORE = Set.of("more", "higher");
  private static final Set<String> LESS = Set.of("less", "fewer", "lower");
  // A bound written after the figure with "or": "40 points or more", "aged 50 or older", "a
  // year or so".
  private static final Map<String, String> OR_BOUNDS =
      Map.ofEntries(
          Map.entry("more", ">"), Map.entry("over", ">"), Map.entry("above", ">"), Map.entry("higher", ">"),
          Map.entry("greater", ">"), Map.entry("older", ">"), Map.entry("longer", ">"),
          Map.entry("less", "<"), Map.entry("fewer", "<"), Map.entry("under", "<"), Map.entry("below", "<"),
          Map.entry("lower", "<"), Map.entry("younger", "<"), Map.entry("smaller", "<"), Map.entry("shorter", "<"),
          Map.entry("so", "~"));

  // How many words before a number a verb of change may stand, and how many more its object.
  private static final int NEAR = 5;
  private static final int MAX_OBJECT = 6;
  // How many words the figure a change started from may take: "from 4 hours 20 minutes to".
  private static final int MAX_START = 4;

  private ChangeMarkers() {}

  /**
   * The qualifier for a number preceded by {@code before} (lower-case words, nearest last) and
   * written as {@code written} (the mention's own text, which may begin with "about").
   */
  public static String of(List<String> before, String written) {
    before = withoutRecordLevel(withoutCurrency(before, written));
    String lead = leadingWords(written);
    String context = (String.join(" ", before) + " " + lead).strip();
    String reachedBound = boundReached(context);
    if (reachedBound != null) {
      return reachedBound;
    }
    String change = trend(before);
    if (change == null) {
      // the tagger may take the "to" with the number: "to 60" of "from 70 to 60"
      List<String> withLead = new ArrayList<>(before);
      withLead.addAll(List.of(leadingWords(written).split(" ")));
      change = reached(withLead.get(withLead.size() - 1).isEmpty() ? before : withLead);
    }
    if (change != null) {
      return change;
    }
    return bound(context);
  }

  /**
   * The qualifier of a number whose verb moved a thing rather than a level ("sank about 2
   * nautical miles from the port"): the words before it qualify it, the verb does not.
   */
  public static String withoutTrend(List<String> before, String written) {
    before = withoutRecordLevel(withoutCurrency(before, written));
    return bound((String.join(" ", before) + " " + leadingWords(written)).strip());
  }

  private static String bound(String context) {
    for (Map.Entry<String, String> bound : BOUNDS) {
      if (context.equals(bound.getKey()) || context.endsWith(" " + bound.getKey())) {
        return bound.getValue();
      }
    }
    return "=";
  }

  /**
   * The change a quantity's own qualifier ({@code before}: "=") leaves to the words right after
   * it ({@code after}, lower-case, nearest first): a comparative is the difference from another
   * figure, an increase ("8% more than a year earlier", "0.6% higher at") or a decrease ("£1.6bn
   * less than"). "More" and "less" need their "than" or the end of the clause: "100 more
   * workers" is a count. After "or" they are a bound: "40 points or more" is {@code >}.
   */
  public static String after(String before, List<String> after) {
    if (!before.equals("=") || after.isEmpty()) {
      return before;
    }
    String word = after.get(0);
    String next = after.size() > 1 ? after.get(1) : "";
    if (word.equals("or") && OR_BOUNDS.containsKey(next)) {
      return OR_BOUNDS.get(next); // "40 points or more", "aged 50 or older", "$50,000 or less"
    }
    boolean compared = next.equals("than") || word.equals("higher") || word.equals("lower")
        || next.isEmpty() || !Character.isLetterOrDigit(next.charAt(0));
    if (!compared) {
      return before;
    }
    return MORE.contains(word) ? "up" : LESS.contains(word) ? "down" : before;
  }

  /**
   * A bound on the level a change reached wins over the change: "doubled to over 5 million" and
   * "fell to below $38,000" say where the figure ended up, not by how much it moved.
   */
  private static String boundReached(String context) {
    for (Map.Entry<String, String> bound : BOUNDS) {
      boolean strict = bound.getValue().equals(">") || bound.getValue().equals("<");
      if (strict && !bound.getKey().startsWith("up ") && context.endsWith(" to " + bound.getKey())) {
        return bound.getValue();
      }
    }
    return null;
  }

  /**
   * The words before a number without the level a record names: "weakened to a record low of"
   * reads as "weakened to a record", so the verb's change reaches past "low of".
   */
  private static List<String> withoutRecordLevel(List<String> before) {
    int end = before.size();
    if (end > 0 && before.get(end - 1).equals("of")) {
      end--;
    }
    boolean level = end > 1 && LEVELS.contains(before.get(end - 1)) && RECORDS.contains(before.get(end - 2));
    return level ? before.subList(0, end - 1) : before;
  }

  /**
   * The change a noun after the figure names: "a 30% rise", "an 8 per cent pay rise", "a 20%
   * drop" (an article before the number, the noun right after its unit or one word later);
   * {@code change} is what the words before said, which wins unless it is "=".
   */
  public static String nounAfter(String change, List<String> before, List<String> after) {
    if (!change.equals("=") || before.isEmpty() || !ARTICLES.contains(before.get(before.size() - 1))) {
      return change;
    }
    for (int i = 0; i < Math.min(2, after.size()); i++) {
      String word = after.get(i);
      if (RISE_NOUNS.contains(word)) {
        return "up";
      }
      if (FALL_NOUNS.contains(word)) {
        return "down";
      }
      if (!word.chars().allMatch(Character::isLetter)) {
        break;
      }
    }
    return change;
  }

  /**
   * The change a noun of change among the first two words of {@code after} names ("jump" of
   * "two-fold jump in exports"), before any punctuation: {@code up}, {@code down}, or {@code null}
   * for none.
   */
  static String changeNoun(List<String> after) {
    for (int i = 0; i < Math.min(2, after.size()); i++) {
      if (!after.get(i).chars().allMatch(Character::isLetter)) {
        return null; // "two-fold: cut costs"
      }
      String word = Lemmas.noun(after.get(i), "NNS");
      if (RISE_NOUNS.contains(word)) {
        return "up";
      }
      if (FALL_NOUNS.contains(word)) {
        return "down";
      }
    }
    return null;
  }

  /**
   * The change of the level a verb of change went to from another: "will drop from 70 to 60
   * miles per hour", "will go up from £1.20 to £1.50" (the first figure is where it started).
   */
  private static String reached(List<String> before) {
    int to = before.size() - 1;
    if (to < 2 || !before.get(to).equals("to")) {
      return null;
    }
    for (int from = to - 2; from >= Math.max(0, to - 1 - MAX_START); from--) {
      if (before.get(from).equals("from")) {
        boolean figure = before.subList(from + 1, to).stream().anyMatch(w -> w.chars().anyMatch(Character::isDigit));
        // read as the verb's "to": "cut the fare from £3 to" is "cut the fare to"
        List<String> verb = new ArrayList<>(before.subList(0, from));
        verb.add("to");
        if (!figure) {
          return null;
        }
        String change = trend(before.subList(0, from));
        return change != null ? change : trend(verb);
      }
    }
    return null;
  }

  /** Whether the words before a number (nearest last) end with a verb of change: "rose", "fell by". */
  static boolean isTrend(List<String> before) {
    return trend(before) != null;
  }

  // "rose 5%", "fell by about 3%", "up 5%", "down 3 percent"; with "by", the verb may have its
  // object between: "cut income tax by 2 points", "reduced hospital admissions by 89 per cent".
  // A number between the verb and this one took the change: "rose 5% to $10" (the $10 is "=").
  private static String trend(List<String> before) {
    boolean by = false;
    boolean byItself = false;
    int object = 0;
    int joins = 0;
    for (int i = before.size() - 1; i >= Math.max(0, before.size() - NEAR - object - joins); i--) {
      String word = before.get(i);
      boolean upTo = word.equals("up") && i + 1 < before.size() && before.get(i + 1).equals("to");
      if (upTo) {
        return null;
      }
      // a noun of change before its "of": "a cut of £94", "a reduction of 5%", "a raise of $2"
      boolean nounOf = i + 1 < before.size() && before.get(i + 1).equals("of");
      if (RISES.contains(word) || isVerb(RISE_VERBS, before, i) || (by && (RISES_WITH_BY.contains(word) || isVerb(RISE_WITH_BY_VERBS, before, i)))
          || (nounOf && RISE_NOUNS.contains(word))) {
        return "up";
      }
      if (FALLS.contains(word) || isVerb(FALL_VERBS, before, i) || (by && (FALLS_WITH_BY.contains(word) || isVerb(FALL_WITH_BY_VERBS, before, i)))
          || (nounOf && FALL_NOUNS.contains(word))) {
        return "down";
      }
      if (byItself && word.equals("-")) {
        joins++;
        continue; // "its full-year profit forecast": the tokenizer splits a compound word in three
      }
      if (byItself && object < MAX_OBJECT && (isObjectWord(word) || object > 0 && isCountInObject(before, i))) {
        object++;
        continue;
      }
      if (!BETWEEN.contains(word) || object > 0) {
        return null;
      }
      by |= word.equals("by") || word.equals("to");
      // "cut income tax by 2 points", "raise the minimum wage to $15": the verb's object between
      byItself |= word.equals("by") || word.equals("to");
    }
    return null;
  }

  // The dictionary forms of the verbs among {@code words}, without the words that are no verb.
  private static Set<String> verbs(Set<String> words, String... notVerbs) {
    Set<String> not = Set.of(notVerbs);
    return words.stream().filter(w -> !not.contains(w)).map(Lemmas::verb).collect(Collectors.toUnmodifiableSet());
  }

  // Whether word {@code i} is one of {@code verbs}: a past form ("plummeted"), or the bare form
  // after "to" or a modal ("to slow to 2.9%").
  private static boolean isVerb(Set<String> verbs, List<String> words, int i) {
    String word = words.get(i);
    if (word.endsWith("ing") || word.endsWith("s")) {
      return false;
    }
    String lemma = Lemmas.verb(word);
    if (!verbs.contains(lemma)) {
      return false;
    }
    return !lemma.equals(word) || i > 0 && BEFORE_BARE_VERB.contains(words.get(i - 1));
  }

  // Words that end the noun phrase of a verb's object, read backwards from its "by": "revenue
  // beat forecasts by $2 billion after extended trading" is no extension by $2 billion.
  // "For" does not: "raise the salary threshold for skilled worker visas to £38,700".
  private static final Set<String> CLAUSE_WORDS =
      Set.of("and", "but", "by", "or", "after", "before", "in", "on", "at", "with", "when",
          "while", "as", "that", "which", "who", "since", "from", "if");

  // Words before a number inside a verb's object that make it part of the object: "cut the price
  // of 300 products by 12%", "cut the journey between the two cities from 3 hours to".
  private static final Set<String> INSIDE_OBJECT = Set.of("of", "the");

  // A number that counts a noun of the verb's object, after "of" or "the" ("jumped by a third to"
  // and "rose 5 percent to" have none before theirs).
  private static boolean isCountInObject(List<String> before, int at) {
    String word = before.get(at);
    boolean number = word.chars().anyMatch(Character::isDigit)
        && word.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.')
        || NumberWords.cardinal(word) != null;
    return number && at > 0 && INSIDE_OBJECT.contains(before.get(at - 1));
  }

  // A word of the noun phrase between a verb and its "by" or "to": no number, written or not
  // ("jumped by a third to 2.1 billion": the third is the change, the 2.1 billion is not), no
  // punctuation.
  private static boolean isObjectWord(String word) {
    return !word.isEmpty() && word.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-')
        && !CLAUSE_WORDS.contains(word)
        && NumberWords.cardinal(word) == null && NumberWords.denominator(word) == null;
  }

  /**
   * The words before a number without the currency written before it, which the tagger may leave
   * out of the amount ("about Rs 4,000 crore", "an estimated ₱3.2 billion"), and without the "a"
   * of a number written as a word ("roughly a dozen"): the qualifier stands before them.
   */
  private static List<String> withoutCurrency(List<String> before, String written) {
    int end = before.size();
    while (end > 0 && isCurrencySign(before.get(end - 1))) {
      end--;
    }
    boolean wordNumber = !written.isEmpty() && Character.isLetter(written.charAt(0));
    if (wordNumber && end > 0 && (before.get(end - 1).equals("a") || before.get(end - 1).equals("an"))) {
      end--;
    }
    return before.subList(0, end);
  }

  // "$", "₱", "US$", "Rs": a sign, a word ending in one, or a short currency name.
  private static boolean isCurrencySign(String word) {
    boolean sign = !word.isEmpty() && word.chars().anyMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL);
    if (sign || word.isEmpty() || word.length() > 3) {
      return sign;
    }
    String capital = Character.toUpperCase(word.charAt(0)) + word.substring(1); // "Rs", as written
    return QuantityNormalizer.parse(capital + " 1").map(NormalizedQuantity::currency).isPresent();
  }

  // The words a mention's text starts with before its number: "about" of "about 2,000"; not
  // "US$1.23" nor "two-thirds", which are the number.
  private static String leadingWords(String written) {
    StringBuilder lead = new StringBuilder();
    for (String word : written.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (word.isEmpty() || !word.chars().allMatch(Character::isLetter) || NumberWords.cardinal(word) != null
          || word.equals("a") || word.equals("dozen")) {
        break;
      }
      lead.append(lead.length() > 0 ? " " : "").append(word);
    }
    return lead.toString();
  }
}
