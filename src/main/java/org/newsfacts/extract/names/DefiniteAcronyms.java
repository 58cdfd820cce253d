package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * An acronym with "the" in front that stands as a noun of its own names an organisation: "the AKP's
 * conservatives", "taken from the ALOR,", "the NRA said". The tagger leaves most acronyms it has
 * never seen untagged.
 *
 * <p>Standing as a noun: a verb, a possessive or a punctuation mark comes next ("the NRA said",
 * "the AKP's"), not a noun it qualifies ("the RPO compartment", "the PGA Tour"). Acronyms the
 * gazetteer knows as places ("the UK", "the EU") and those the tagger already tagged are left alone,
 * and so are headlines in capitals, where every word looks like one.
 */
public final class DefiniteAcronyms {
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}&]{1,6}");
  private static final Pattern PUNCTUATION = Pattern.compile("[,.;:)!?]");

  private final Predicate<String> isKnownPlace;

  /** {@code isKnownPlace} says whether the gazetteer knows a name as a place ("UK", "EU"). */
  public DefiniteAcronyms(Predicate<String> isKnownPlace) {
    this.isKnownPlace = isKnownPlace;
  }

  public List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    List<Mention> added = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      List<Token> tokens = sentence.tokens();
      if (!hasLowerCaseWords(tokens)) {
        continue;
      }
      for (int i = 1; i < tokens.size(); i++) {
        Token word = tokens.get(i);
        boolean definite = tokens.get(i - 1).word().equalsIgnoreCase("the");
        if (definite
            && ACRONYM.matcher(word.word()).matches()
            && standsAlone(tokens, i + 1)
            && !isKnownPlace.test(word.word())
            && mentions.stream().noneMatch(m -> m.start() < word.end() && word.begin() < m.end())) {
          added.add(new Mention(
              MentionType.ORGANIZATION, word.begin(), word.end(), word.word(), null, null, null, null, null, sentence.index()));
        }
      }
    }
    return NameTypes.withAdded(mentions, added);
  }

  /** A verb, a modal, a possessive or a punctuation mark next, or the end of the sentence. */
  private static boolean standsAlone(List<Token> tokens, int next) {
    if (next >= tokens.size()) {
      return true;
    }
    Token t = tokens.get(next);
    return t.hasTag("VB") || t.hasTag("MD") || t.hasTag("POS") || PUNCTUATION.matcher(t.word()).matches();
  }

  private static boolean hasLowerCaseWords(List<Token> tokens) {
    return tokens.stream().filter(t -> Character.isLowerCase(t.word().codePointAt(0))).count() >= 3;
  }
}
