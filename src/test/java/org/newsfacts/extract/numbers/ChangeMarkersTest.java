package org.newsfacts.extract.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeMarkersTest {

  @ParameterizedTest(name = "\"{0} | {1}\" is {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          the plan withdraws the | 2,500        | =
          where                  | around 900   | ~
          where                  | 900          | =
          killed more than       | 30           | >
          killed                 | more than 30 | >
          there were at least    | 12           | >
          capacity of up to      | 5,000        | <
          fewer than             | 10           | <
          shares rose            | 5            | up
          profit fell by about   | 3            | down
          the index was up       | 2            | up
          sales were down        | 4            | down
          the company has no more than | 8      | <
          an estimated           | 40,000       | ~
          inflation slowed to    | 3.1          | down
          promised to cut income tax by | 2     | down
          the vaccine reduced hospital admissions by | 89 | down
          the treatment cut the risk of death by | a third | down
          the measure passed by  | 12           | =
          the firm increased prices in 2023 by | 5 | =
          the bill would raise the minimum wage to | $15 | up
          the lira weakened to   | 32           | down
          the yen weakened past  | 150          | >
          bitcoin topped         | $70,000      | >
          sales rose 4% in the past | 12        | =
          fuel costs jumped by a third to | 2.1 billion | =
          the council plans to cut | 300        | =
          the ferry sold for about rs | 4,000 crore | ~
          the fine came to an estimated ₱ | 3.2 billion | ~
          the charity owes or about | US$1.23 billion | ~
          the bakery sells roughly a | dozen       | ~
          where                  | two-thirds   | =
          roughly                | two-thirds   | ~
          the mill won           | 31           | =
          the nasdaq shed        | 1.6%         | down
          lows could dip to minus | 12          | down
          the deficit will narrow to | 2.8      | down
          the service added      | 9.3 million  | up
          the drug cut the risk of heart attack by | 20 | down
          the route will be extended by | 2.5   | up
          revenue beat forecasts by | $2 billion | =
          shares jumped in extended trading after revenue beat forecasts by | $2 billion | =
          profit rose more than tenfold to | 10.4 trillion | up
          patients lost an average of | 15%       | down
          the chain cut the price of 300 products by | 12% | down
          the line will cut the journey between the two towns from 3 hours to | 75 | down
          the chain cut the price of 300 products by an average of | 12% | down
          shares rose 5 percent to | $10         | =
          the tenants won a cut of | £30         | down
          the board agreed a reduction of | 5%   | down
          the staff were offered a raise of | $2 | up
          the board discussed the cost of | $40 | =
          bills will go up an average of | 8.5%   | up
          economists had expected a rise of | 0.5% | up
          the dollar hit a record high of | 160   | =
          waves as high as       | 1.2          | <
          the limit will drop from 70 | to 60   | down
          fees will go up from £ 1.20 to | £1.50 | up
          the journey was cut from 4 hours 20 minutes to | 2 | down
          the station moved from 12 to | 14      | =
          the heat index could climb as high as | 115 | <
          the peso weakened to a record low of | 20.1 | down
          ticket sales fell to an all-time low of | 3,100 | down
          flu cases doubled to over | 5 million | >
          rents climbed to more than | 2,000 | >
          the yield dropped to under | 3 | <
          prices rose by more than | 4% | up
          the brewer raised its full - year operating profit forecast by | 10% | up
          the chain lifted sales by | 4.3%     | up
          the melt is raising sea levels by | 0.7 | up
          the city is cutting bus fares by | 5% | down
          the ministry will raise the age limit for new recruits to | 30 | up
          analysts expect growth to slow to    | 2.9          | down
          inflation could ease to              | 2.5-3%       | down
          the index plummeted                  | 4%           | down
          volume was down from a year ago with 2,012,148 contracts changing hands compared to | 2,119,198 | =
          the sales will double to             | 1.1 billion  | up
          exports will accelerate by           | 3%           | up
          the firm signed a contract of        | 5 years      | =
          sales were at a slow                 | 3%           | =
          """)
  void readsTheQualifierBeforeTheNumber(String before, String written, String change) {
    List<String> words = Arrays.asList(before.toLowerCase(java.util.Locale.ROOT).split(" "));

    assertThat(ChangeMarkers.of(words, written)).isEqualTo(change);
  }

  @ParameterizedTest(name = "\"{0} ... {1}\" is {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          =  | more than a year ago       | up
          =  | less than in 2019          | down
          =  | fewer than forecast        | down
          =  | higher at 7,210            | up
          =  | lower on Friday            | down
          =  | more .                     | up
          =  | more workers by June       | =
          =  | less fat                   | =
          =  | of the votes               | =
          >  | more than last year        | >
          =  | or more in four tests      | >
          =  | or older for three years   | >
          =  | or less .                  | <
          =  | or fewer                   | <
          =  | or so                      | ~
          <  | or more                    | <
          down | higher than expected     | down
          =  |                            | =
          """)
  void readsAComparativeAfterTheQuantity(String before, String after, String change) {
    List<String> words = after == null
        ? List.of()
        : Arrays.asList(after.toLowerCase(java.util.Locale.ROOT).split(" "));

    assertThat(ChangeMarkers.after(before, words)).isEqualTo(change);
  }

  @ParameterizedTest(name = "\"{0} N {1}\" is {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          the clinic saw a      | rise in cases       | up
          nurses will get a     | pay rise            | up
          exports saw an        | drop after the      | down
          the plan means a      | cut in fares        | down
          the porters asked for a | raise over two years | up
          the bank gave a       | chance of a         | =
          the ward recorded     | rise in cases       | =
          """)
  void readsANounOfChangeAfterTheFigure(String before, String after, String change) {
    List<String> words = Arrays.asList(before.split(" "));

    assertThat(ChangeMarkers.nounAfter("=", words, Arrays.asList(after.split(" ")))).isEqualTo(change);
  }
}
