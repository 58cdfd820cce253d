package org.newsfacts.extract.dates;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.extract.dates.TenseAwareDates.Tense;

/**
 * Which way a sentence points from its publication date, read from the part-of-speech tags of the
 * verb nearest a date: past tense and perfect ("killed", "has said") point back; "will", "would",
 * "must", "should", verbs of planning ("scheduled a news conference Thursday", "were planning to"),
 * "as soon as", "effective" and an infinitive after a verb ("planned to leave", "set to resume")
 * point forward; the present tense, or no verb at all, says nothing.
 */
public final class SentenceTense {
  private static final Set<String> FUTURE_MODALS =
      Set.of("will", "'ll", "shall", "wo", "would", "'d", "must", "should");
  private static final Set<String> FINITE_OR_PARTICIPLE = Set.of("VBD", "VBN", "VBZ", "VBP");
  private static final Set<String> BE =
      Set.of("be", "been", "being", "is", "are", "was", "were", "'s", "'re", "get", "got");

  // Verbs of planning point forward whatever their own tense.
  private static final Set<String> SCHEDULING =
      Set.of("plan", "plans", "planned", "planning", "schedule", "schedules", "scheduled",
          "scheduling", "intend", "intends", "intended", "intending");
  private static final Set<String> SOON = Set.of("as soon as", "as early as");

  private SentenceTense() {}

  private static String lowerWords(List<Token> tokens, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      out.append(i > from ? " " : "").append(tokens.get(i).word().toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  /** The tense of the verb nearest to the mention; PRESENT when there is none. */
  static Tense near(List<Token> tokens, int firstToken, int endToken) {
    if (firstToken > 0 && tokens.get(firstToken - 1).word().equalsIgnoreCase("since")) {
      return Tense.PAST; // "since Jan. 13", whatever verb governs it
    }
    if (endToken < tokens.size() && tokens.get(endToken).word().equals("'s")) {
      return Tense.PAST; // "Wednesday's ruling": a day named for what happened on it
    }
    if (firstToken > 2 && SOON.contains(lowerWords(tokens, firstToken - 3, firstToken))) {
      return Tense.FUTURE; // "as soon as Tuesday", "as early as next week"
    }
    if (firstToken > 0 && tokens.get(firstToken - 1).word().equalsIgnoreCase("effective")) {
      return Tense.FUTURE; // "a new contract, effective June 1": announced before it applies
    }
    Tense best = Tense.PRESENT;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < tokens.size(); i++) {
      if (i >= firstToken && i < endToken) {
        continue;
      }
      Tense tense = tenseOf(tokens, i);
      if (tense == null) {
        continue;
      }
      int distance = i < firstToken ? firstToken - i : i - endToken + 1;
      if (distance < bestDistance) {
        best = tense;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static Tense tenseOf(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    String word = token.word().toLowerCase(Locale.ROOT);
    if (token.hasTag("VB") && SCHEDULING.contains(word)) {
      return Tense.FUTURE; // "planned a demonstration on Saturday", "has scheduled it for Thursday"
    }
    if (BE.contains(word) && i + 1 < tokens.size()
        && SCHEDULING.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
      return Tense.FUTURE; // "were planning to drive on Monday": the plan, not the auxiliary, decides
    }
    if (token.hasTag("MD")) {
      // "would", "must" and "should" in news report plans and deadlines ("must be returned by
      // Jan. 14"); "could" and "might" as often speak of the past.
      return FUTURE_MODALS.contains(word) ? Tense.FUTURE : null;
    }
    if (token.tag().equals("VB") && i > 1 && tokens.get(i - 1).word().equalsIgnoreCase("to")
        && FINITE_OR_PARTICIPLE.contains(tokens.get(i - 2).tag())) {
      return Tense.FUTURE; // "planned to leave on Thursday", "set to resume Monday"
    }
    if (token.hasTag("VBD")) {
      return Tense.PAST;
    }
    if (token.hasTag("VBN") && (perfectAuxiliaryBefore(tokens, i) || bareParticiple(tokens, i))) {
      return Tense.PAST; // "has said"; "the agreement, announced Friday"
    }
    if (token.hasTag("VBZ") || token.hasTag("VBP")) {
      // "has" and "have" only start a perfect; the participle after them decides.
      return word.equals("has") || word.equals("have") ? null : Tense.PRESENT;
    }
    return null;
  }

  /**
   * A participle without an auxiliary that is not an adjective before a noun ("preferred
   * shares"): "the agreement, announced Friday".
   */
  private static boolean bareParticiple(List<Token> tokens, int i) {
    // A common noun after it; dates themselves are proper nouns ("announced Friday").
    String next = i + 1 < tokens.size() ? tokens.get(i + 1).tag() : "";
    boolean beforeNoun = next.equals("NN") || next.equals("NNS");
    return !beforeNoun && !passiveAuxiliaryBefore(tokens, i);
  }

  private static boolean passiveAuxiliaryBefore(List<Token> tokens, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      String word = tokens.get(j).word().toLowerCase(Locale.ROOT);
      if (BE.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean perfectAuxiliaryBefore(List<Token> tokens, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      String word = tokens.get(j).word().toLowerCase(Locale.ROOT);
      if (word.equals("has") || word.equals("have") || word.equals("had")) {
        return true;
      }
    }
    return false;
  }
}
