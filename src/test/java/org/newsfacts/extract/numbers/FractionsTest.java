package org.newsfacts.extract.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;

class FractionsTest {
  private static final String[] ORDINALS = {
    "", "", "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"
  };

  // Tokens split on spaces; Fractions reads words only, so every tag is a noun's.
  private static List<Token> tokens(String sentence) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String word : sentence.split(" ")) {
      tokens.add(new Token(word, "NN", at, at + word.length()));
      at += word.length() + 1;
    }
    return tokens;
  }

  @ParameterizedTest(name = "\"{0}\" has {1} from token {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          A third of the voters remain undecided         | 0.3333333 | 0 | 2
          About half of the 2,400 participants were women | 0.5      | 1 | 2
          Half the seats went to the opposition          | 0.5       | 0 | 2
          two-thirds of its revenue comes from services  | 0.6666667 | 0 | 1
          three quarters of the staff                    | 0.75      | 0 | 2
          the treatment cut the risk by a third          | 0.3333333 | 6 | -1
          the tornado was half a mile wide               | 0.5       | 3 | 5
          the bank cut rates by a quarter point          | 0.25      | 5 | 7
          the dancer made a half turn                    | 0.5       | 3 | 5
          the ferry carried a fifth fewer than last year | 0.2       | 3 | -1
          tickets cost a third more than in 2020         | 0.3333333 | 2 | -1
          """)
  void readsAShareAndWhereItsThingStarts(String sentence, double value, int first, int counted) {
    List<Fractions.Fraction> found = Fractions.in(tokens(sentence));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).value().doubleValue()).isCloseTo(value, within(1e-6));
    assertThat(found.get(0).first()).isEqualTo(first);
    assertThat(found.get(0).countedFrom()).isEqualTo(counted);
  }

  @ParameterizedTest(name = "no fraction in \"{0}\"")
  @ValueSource(
      strings = {
        "profit rose in the first half of the year",
        "sales fell in the second quarter",
        "the third of five children",
        "he finished third in the race",
        "the other half of the team",
        "officers' quarters were searched",
        "the senator will seek a third term",
        "she bought a half dozen eggs",
        "the firm led the market for a fourth year",
        "the team finished a third more often than not",
        "the fifth more than doubled"
      })
  void halvesAndQuartersOfTheCalendarAndOrdinalsAreNoShares(String sentence) {
    assertThat(Fractions.in(tokens(sentence))).isEmpty();
  }

  @Property
  void aOneOverAnyDenominatorOfSomethingIsThatShare(@ForAll @IntRange(min = 2, max = 10) int n) {
    List<Fractions.Fraction> found = Fractions.in(tokens("a " + ORDINALS[n] + " of the voters"));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.value().doubleValue()).isCloseTo(1.0 / n, within(1e-9));
      assertThat(f.countedFrom()).isEqualTo(2);
    });
  }

  @Property
  void aShareIsBetweenZeroAndOne(
      @ForAll @IntRange(min = 1, max = 9) int numerator, @ForAll @IntRange(min = 3, max = 10) int n) {
    String[] cardinals = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    String written = cardinals[numerator] + "-" + ORDINALS[n] + "s";

    List<Fractions.Fraction> found = Fractions.in(tokens(written + " of the voters"));

    assertThat(found).allSatisfy(f -> assertThat(f.value().doubleValue()).isStrictlyBetween(0.0, 1.0));
    if (numerator < n) {
      assertThat(found).singleElement().satisfies(
          f -> assertThat(f.value().doubleValue()).isCloseTo((double) numerator / n, within(1e-9)));
    }
  }
}
