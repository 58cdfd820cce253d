package org.newsfacts.extract.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.TimeRuleGate.Requirement;

/**
 * The gate may only skip a rule that could not have matched: its requirement is met by every
 * sequence the pattern matches in, and it is as strict as the pattern's shape allows.
 */
class TimeRuleGateTest {
  private static final List<String> PATTERNS =
      List.of(
          "/the/ /first/ /day/",
          "(/early/ | /late/) /next/ /year/",
          "/early/? /year/ /ago/",
          "/day/* /ago/",
          "/next/+ (/day/ | /year/ /ago/)",
          "[] /ago/",
          "(?: /the/ /day/ | /year/ ) /next/?",
          "/first/ [ !{word:/day/} ] /year/");
  private static final List<String> WORDS = List.of("the", "first", "day", "year", "ago", "early", "late", "next", "x");

  private static List<CoreLabel> tokens(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String word : text.split(" ")) {
      CoreLabel token = new CoreLabel();
      token.setWord(word);
      token.setValue(word);
      token.setOriginalText(word);
      tokens.add(token);
    }
    return tokens;
  }

  private static boolean met(String pattern, String text) throws ReflectiveOperationException {
    List<CoreLabel> tokens = tokens(text);
    return Requirement.of(TokenSequencePattern.compile(pattern)).metBy(new Requirement.Seen(tokens));
  }

  @Test
  void aSequenceNeedsEveryWord() throws ReflectiveOperationException {
    assertThat(met("/the/ /first/ /day/", "on the first day")).isTrue();
    assertThat(met("/the/ /first/ /day/", "the first year")).isFalse();
  }

  @Test
  void anAlternativeNeedsOneOfItsBranches() throws ReflectiveOperationException {
    assertThat(met("(/early/ | /late/) /next/ /year/", "late next year")).isTrue();
    assertThat(met("(/early/ | /late/) /next/ /year/", "next year")).isFalse();
  }

  @Test
  void optionalPartsAndWildcardsNeedNothing() throws ReflectiveOperationException {
    assertThat(met("/early/? /year/ /ago/", "a year ago")).isTrue();
    assertThat(met("/day/* /ago/", "long ago")).isTrue();
    assertThat(met("[] /ago/", "long ago")).isTrue();
    assertThat(met("/next/+ /day/", "the day")).isFalse();
  }

  @Test
  void remembersMoreNodesThanItFirstMakesRoomFor() throws ReflectiveOperationException {
    // 100 words in one alternative: node ids past the memo's first 64 places.
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      words.add("/w" + i + "/");
    }
    String pattern = "(" + String.join(" | ", words) + ") /ago/";
    assertThat(met(pattern, "w99 days ago")).isTrue();
    assertThat(met(pattern, "w100 days ago")).isFalse();
  }

  @Property(tries = 300)
  void neverSkipsARuleThatMatches(
      @ForAll("patterns") String pattern, @ForAll("sentences") List<String> words)
      throws ReflectiveOperationException {
    List<CoreLabel> tokens = tokens(String.join(" ", words));
    boolean matches = TokenSequencePattern.compile(pattern).getMatcher(tokens).find();
    if (matches) {
      assertThat(Requirement.of(TokenSequencePattern.compile(pattern)).metBy(new Requirement.Seen(tokens)))
          .as("%s in %s", pattern, words)
          .isTrue();
    }
  }

  @Provide
  Arbitrary<String> patterns() {
    return Arbitraries.of(PATTERNS);
  }

  @Provide
  Arbitrary<List<String>> sentences() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(8);
  }

  @Test
  void gatesMostOfSutimesRules() {
    NERClassifierCombiner dates = TimeRules.datesOnly();
    assertThat(TimeRuleGate.install(dates)).isGreaterThan(100);
  }

  /** SUTime with its date rules and nothing else, as {@link TimeGatedNer} builds it. */
  private static final class TimeRules {
    static NERClassifierCombiner datesOnly() {
      try {
        return new NERClassifierCombiner(
            true, NERClassifierCombiner.Language.ENGLISH, true, new Properties(), new String[0]);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
