package org.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsfacts.fact.Article;
import org.newsfacts.fact.QuantityFact;

/** Quantity facts read from sentences of our own, through the whole extractor (issue #12). */
class QuantityFactsTest {

  private static List<QuantityFact> quantities(String sentence) {
    return FactExtractor.shared()
        .extract(new Article("q", "q", null, List.of(), "2024-05-01", sentence))
        .factsOf(QuantityFact.class);
  }

  private static QuantityFact only(String sentence, String written) {
    return quantities(sentence).stream()
        .filter(q -> q.text().contains(written))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quantity " + written + " in " + quantities(sentence)));
  }

  @ParameterizedTest(name = "{0} → {2} {3} ({4}, {5})")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Voters cast ballots at 80 polling stations across the district.  | 80      | 80         | polling station  | count    | =
          The quarterback threw for 340 passing yards on Sunday.          | 340     | 340        | yard             | length   | =
          The hurricane's winds reached 150 mph as it made landfall.      | 150     | 150        | mile per hour    | speed    | =
          Shares rose 4.2% in early trading on Tuesday.                   | 4.2     | 4.2        | percent          | percent  | up
          Inflation eased to 3.1 per cent in March.                       | 3.1     | 3.1        | percent          | percent  | down
          The startup raised €2.4bn from investors.                       | 2.4bn   | 2400000000 | euro             | currency | =
          The company will invest Rs16,189-crore in the new refinery.     | 16,189  | 161890000000 | indian rupee   | currency | =
          Net profit jumped 4pct in the year.                             | 4pct    | 4          | percent          | percent  | up
          More than 60,000 fans filled the stadium for the final.         | 60,000  | 60000      | fan              | count    | >
          Floods forced some 200,000 residents from their homes.          | 200,000 | 200000     | resident         | count    | ~
          Commuters face delays of up to 30 minutes.                      | 30      | 30         | minute           | time     | <
          The boxer weighed in at 147 pounds on Friday.                   | 147     | 147        | pound            | mass     | =
          The bank paid 310 million pounds to settle the case.            | 310     | 310000000  | british pound    | currency | =
          The company paid a dividend of 45 cents a share.                | 45      | 45         | cent             | currency | =
          The 23-year-old midfielder joined on a free transfer.           | 23      | 23         | year             | time     | =
          The bakery chain plans to open a dozen new shops next year.     | dozen   | 12         | shop             | count    | =
          The fund manages assets of roughly 30k clients.                 | 30k     | 30000      | client           | count    | ~
          The man, 42, was jailed for six and a half years.               | six     | 6.5        | year             | time     | =
          The storm cut power to half a million homes.                    | million | 500000     | home             | count    | =
          The vaccine reduced hospital admissions by 89 per cent.         | 89      | 89         | percent          | percent  | down
          Annual inflation slowed to 61.4% in October.                    | 61.4    | 61.4       | percent          | percent  | down
          Temperatures fell to -40F.                                      | -40     | -40        | degree fahrenheit | temperature | down
          The deal is worth a quarter million us dollars.                 | million | 250000     | us dollar        | currency | =
          The swimmer won the 200m butterfly on Friday.                   | 200     | 200        | metre            | length   | =
          The new lighthouse is 31m tall.                                 | 31      | 31         | metre            | length   | =
          The flat measures 85m2 on two floors.                           | 85      | 85         | square metre     | area     | =
          The crane can lift 100t at full reach.                          | 100     | 100        | tonne            | mass     | =
          The core sample is 10 dm long.                                  | 10      | 10         | decimetre        | length   | =
          The ticket cost 3 dollars and 50 cents at the door.             | 3       | 3.5        | us dollar        | currency | =
          The tank holds 2½ gallons of water.                             | 2½      | 2.5        | gallon           | volume   | =
          The victim, aged 87, died in hospital.                          | 87      | 87         | year             | time     | =
          The app has 200m users worldwide.                               | 200m    | 200000000  | user             | count    | =
          Temperatures fell to - 20 degrees Fahrenheit.                  | 20      | -20        | degree fahrenheit | temperature | down
          A magnitude 6.1 earthquake shook the port city on Sunday.       | 6.1     | 6.1        | magnitude        | magnitude | =
          The island was hit by two aftershocks of magnitude 5.3.        | 5.3     | 5.3        | magnitude        | magnitude | =
          A 7.2-magnitude quake struck off the coast overnight.           | 7.2     | 7.2        | magnitude        | magnitude | =
          Crude oil fell $2.10, or 2.6%, to $79.50 on Monday.              | 2.6%    | 2.6        | percent          | percent  | down
          The climbers reached the summit in just over six hours.         | six     | 6          | hour             | time     | >
          The cyclist rode 1,200 kilometres over nine stages.             | nine    | 9          | stage            | count    | =
          Three-quarters of the council's 60 members voted for the plan.  | Three-quarters | 0.75 | member         | count    | =
          The tablet comes with a 10,000mAh battery.                      | 10,000  | 10000      | milliampere hour | electric charge | =
          The rupee slid to 84.1 per dollar on Monday.                    | 84.1    | 84.1       | indian rupee     | currency | down
          The club plays in a 42,000-seat arena near the river.           | 42,000  | 42000      | seat             | count    | =
          The town council opened a 300-bed hospital last spring.         | 300     | 300        | bed              | count    | =
          They rented a 70-square-metre flat near the station.            | 70      | 70         | square metre     | area     | =
          The funnel cloud was half a mile wide at its base.              | half    | 0.5        | mile             | length   | =
          The bakery sold 4,100 loaves in May, 6% more than a year before. | 6%      | 6          | percent          | percent  | up
          The toll bridge took £2.3m less than in 2022 from lorries.      | £2.3m   | 2300000    | british pound    | currency | down
          The Hang Seng index closed 1.4% lower at 16,720 on Friday.      | 1.4%    | 1.4        | percent          | percent  | down
          The brewery will hire 40 more workers by June.                  | 40      | 40         | worker           | count    | =
          The rowing eight finished in 5 minutes 41.7 seconds.           | 41.7    | 41.7       | second           | time     | =
          The rowing eight finished in 5 minutes 41.7 seconds.           | 5       | 5          | minute           | time     | =
          The smuggler was jailed for nine years and two months.          | two     | 2          | month            | time     | =
          The guard hit 9 three-pointers in the second half.               | 9       | 9          | three-pointer    | count    | =
          Gas bills saw a 14% rise over the winter.                        | 14%     | 14         | percent          | percent  | up
          The town expects an 8 per cent drop in visitors.                 | 8       | 8          | percent          | percent  | down
          The yen weakened to a record low of 161.9 per dollar.            | 161.9   | 161.9      | japanese yen     | currency | down
          Rents doubled to over 1,900 euros a month.                      | 1,900   | 1900       | euro             | currency | >
          Sales fell to below 400 units in May.                            | 400     | 400        | unit             | count    | <
          Buses on the route will run every 12 minutes.                    | 12      | 12         | minute           | time     | =
          Ozone levels reached 14 times the safe limit.                    | 14      | 14         |                  |          | =
          The ferry crossing was cut to 1 hour 50 minutes.                 | 50      | 50         | minute           | time     | down
          Petrol rose 3p a litre to 151.9p.                                | 151.9   | 151.9      | penny            | currency | =
          The lifeboat crew of five was praised by the coastguard.         | five    | 5          |                  |          | =
          One in three households now owns an electric bike.              | One     | 1          |                  |          | =
          Imports were twice as large as exports in May.                   | twice   | 2          |                  |          | =
          The cave paintings were made about 30,000 years ago.             | 30,000  | 30000      | year             | time     | ~
          The old bridge has carried traffic for three decades.            | three   | 3          | decade           | time     | =
          Divers found a 2,300-year-old shipwreck near the island.         | 2,300   | 2300       | year             | time     | =
          The cargo plane plunged 3,000 feet into the sea.                 | 3,000   | 3000       | foot             | length   | =
          The council cut the fares of 40 bus routes by an average of 10%. | 10%     | 10         | percent          | percent  | down
          The sprinter ran the 200m in 19.8 seconds in Rome.               | 200     | 200        | metre            | length   | =
          She broke the 400m world record in Oslo.                         | 400     | 400        | metre            | length   | =
          The porters won a 4% raise after the strike.                     | 4%      | 4          | percent          | percent  | up
          The survey of 900 farmers has a margin of error of plus or minus 3.3 points. | 3.3 | 3.3 | point      | count    | =
          Rangers tagged 400 otters over a decade on the estuary.          | decade  | 1          | decade           | time     | =
          The trial enrolled 2,000 men aged 65 or older in Leeds.          | 65      | 65         | year             | time     | >
          Clubs scoring 25 goals or more stayed up last season.            | 25      | 25         | goal             | count    | >
          The brewer lifted its full-year sales forecast by 6% on Monday.  | 6%      | 6          | percent          | percent  | up
          The board will raise the fee for late library returns to £2.    | £2      | 2          | british pound    | currency | up
          """)
  void readsValueUnitDimensionAndChange(
      String sentence, String written, BigDecimal value, String unit, String dimension, String change) {
    QuantityFact q = only(sentence, written);

    assertThat(q.value()).isEqualByComparingTo(value);
    assertThat(q.unit()).isEqualTo(unit);
    assertThat(q.dimension()).isEqualTo(dimension);
    assertThat(q.change()).isEqualTo(change);
  }

  @Test
  void moneyCarriesItsIsoCurrency() {
    assertThat(only("The bank agreed to pay a $1.2bn fine.", "1.2bn").currency()).isEqualTo("USD");
    assertThat(only("The bank paid 310 million pounds to settle the case.", "310").currency())
        .isEqualTo("GBP");
  }

  @Test
  void aHyphenatedWordThatDescribesCountsNothingOfItsOwn() {
    assertThat(only("A 3,000-strong force crossed the border.", "3,000").unit()).isNotEqualTo("strong");
    assertThat(quantities("The forward sank 6 three-pointers in the second half."))
        .noneMatch(q -> "pointer".equals(q.unit()));
  }

  @Test
  void rangesKeepBothEnds() {
    QuantityFact range = only("The storm is expected between 120 and 150 kilometres off the coast.", "120");

    assertThat(range.value()).isEqualByComparingTo("120");
    assertThat(range.high()).isEqualByComparingTo("150");
    assertThat(range.unit()).isEqualTo("kilometre");
    assertThat(range.siValue()).isEqualByComparingTo("120000");
  }

  @ParameterizedTest(name = "{0} → {2}-{3} {4}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Doctors advise teenagers to sleep 8 to 10 hours a night.       | 8  | 8  | 10 | hour
          The poll questioned 1,200 voters aged 18 to 34 in March.        | 18 | 18 | 34 | year
          The trial enrolled women aged between 50 and 74 last year.      | 50 | 50 | 74 | year
          The sprinters, aged 19-23, trained in Kenya.                    | 19 | 19 | 23 | year
          """)
  void rangesOfTimeAndAgeKeepBothEnds(String sentence, String written, String low, String high, String unit) {
    QuantityFact range = only(sentence, written);

    assertThat(range.value()).isEqualByComparingTo(low);
    assertThat(range.high()).isEqualByComparingTo(high);
    assertThat(range.unit()).isEqualTo(unit);
  }

  @ParameterizedTest(name = "{0} → {2}-{3} {4}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The central bank held its rate at 5.25%-5.5% for a fourth meeting.  | 5.25 | 5.25 | 5.5 | percent
          Mortgage rates moved in a 6.1%–6.4% band last month.                | 6.1  | 6.1  | 6.4 | percent
          The target range stays at 5.25-5.5%, the bank said.                  | 5.25 | 5.25 | 5.5 | percent
          """)
  void percentRangesKeepBothEndsWhetherOrNotEachCarriesItsSign(
      String sentence, String written, String low, String high, String unit) {
    QuantityFact range = only(sentence, written);

    assertThat(range.value()).isEqualByComparingTo(low);
    assertThat(range.high()).isEqualByComparingTo(high);
    assertThat(range.unit()).isEqualTo(unit);
  }

  @ParameterizedTest(name = "{0} → {2} year")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The fossil skull is 3.2 million years old, researchers said.  | 3.2 | 3200000
          The rocks of the crater are two billion years old.            | two | 2000000000
          The oak in the churchyard is 800 years old.                   | 800 | 800
          """)
  void aScaledAgeKeepsItsNumber(String sentence, String written, String years) {
    QuantityFact age = only(sentence, written);

    assertThat(age.value()).isEqualByComparingTo(years);
    assertThat(age.unit()).isEqualTo("year");
  }

  @ParameterizedTest(name = "{0}: {1} then {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Weekly benefit claims fell by 12,000 to 230,000 in the week to Friday. | 12,000 | 230,000
          Bus fares in the valley will go up from £2.10 to £2.40 in May.          | £2.10  | £2.40
          The pass climbs by 400 to 2,600 metres over the last section.           | 400    | 2,600
          Silver rose $1.20 to $24.60 an ounce in London.                         | $1.20  | $24.60
          The plan would raise the pension age from 66 to 68 by 2040.             | 66     | 68
          """)
  void aChangeAndTheLevelItReachedAreNoRange(String sentence, String change, String level) {
    QuantityFact first = only(sentence, change);
    QuantityFact second = only(sentence, level);

    assertThat(first.high()).isNull();
    assertThat(second.high()).isNull();
    assertThat(first.text()).doesNotContain(level);
  }

  @ParameterizedTest(name = "{0} → {2}-{3}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Global temperatures could rise by 2 to 3 degrees by the end of the century. | 2  | 2  | 3
          The flood killed from 20 to 30 people in the valley, officials said.        | 20 | 20 | 30
          Fuel prices rose 2 to 3 percent across the region last month.                | 2  | 2  | 3
          """)
  void rangesAfterByOrFromStayRanges(String sentence, String written, String low, String high) {
    QuantityFact range = only(sentence, written);

    assertThat(range.value()).isEqualByComparingTo(low);
    assertThat(range.high()).isEqualByComparingTo(high);
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          One person was killed when the wall collapsed.            | One | person
          The walkers covered that one mile in under ten minutes.   | one | mile
          Rescuers found two ways out of the flooded tunnel.         | two | way
          """)
  void theWordOneStillCountsOutsideItsIdioms(String sentence, String written, String unit) {
    assertThat(only(sentence, written).unit()).isEqualTo(unit);
  }

  @Test
  void twoAgesJoinedByAndAreNoRange() {
    assertThat(quantities("Two men aged 40 and 52 were arrested on Friday."))
        .filteredOn(q -> "40".equals(q.text()) || q.text().startsWith("40"))
        .allMatch(q -> q.high() == null);
  }

  @Test
  void milesAndKilometresCompareInMetres() {
    QuantityFact miles = only("The runners covered 5 miles on Sunday.", "5");
    QuantityFact kilometres = only("The runners covered 8 km on Sunday.", "8");

    assertThat(miles.dimension()).isEqualTo(kilometres.dimension()).isEqualTo("length");
    assertThat(miles.siValue()).isEqualByComparingTo("8046.72");
    assertThat(miles.siValue()).isGreaterThan(kilometres.siValue());
  }

  @ParameterizedTest(name = "no quantity in \"{0}\"")
  @ValueSource(
      strings = {
        "LeBron James scored in Game 5 on Friday.",
        "The Pac-12 champion will face the winner of the Big Ten.",
        "Gate 12 was closed.",
        "He lives at 10 Downing Street.",
        "Polls close at 8 p.m. on Thursday.",
        "The law was passed in 1998.",
        "The F-16 fighters flew over the city.",
        "The striker scored in the 3-1 win over Leeds.",
        "The Warriors lost 112-104 to the Celtics.",
        "The iPhone 15 Pro went on sale on Friday.",
        "The figures are on page 7 of the report.",
        "The bank was one of the lenders.",
        "The one thing the tenants agree on is that the lift must be fixed.",
        "One way to save on heating is to close the curtains at dusk.",
        "The app keeps the club's fixtures and results in one place.",
        "For one thing, the bridge was never meant for lorries.",
        "The mayor's one regret is the closure of the library.",
        "The ferry company sells one-way tickets at the harbour.",
        "The council made a one-off grant to the food bank.",
        "The radios allow two-way contact with the rescue boats.",
        "Patients took the drug twice a day.",
        "The fund's 13F filing was late.",
        "When must 13F be filed?",
        "The storm strengthened into a Category 5 hurricane overnight.",
        "Officials raised the Level 3 alert on Monday.",
        "The vaccine has entered a Phase 2 trial.",
        "Kansas won the Big 12 title again.",
        "She was diagnosed with Stage 4 cancer last spring.",
        "The 747 jumbo jet made its farewell tour of the airport.",
        "The 737 MAX returned to service in the spring.",
        "The single went straight to No 1 in the charts.",
        "The library opened four years ago.",
        "Talks between the two sides resumed at the border."
      })
  void numbersThatNameThingsAreNoQuantities(String sentence) {
    assertThat(quantities(sentence)).isEmpty();
  }

  @Test
  void theNumbersOfAListNumberItsItemsAndCountNothing() {
    String page = "Five ways to save on a move\n\n1. Book early\n\nMovers charge 20 percent more in"
        + " summer.\n\n2. Pack yourself\n\nIt saves about $400.";
    assertThat(quantities(page))
        .extracting(QuantityFact::text)
        .contains("20 percent", "$400")
        .doesNotContain("1", "2", "1.", "2.");
  }

  @ParameterizedTest(name = "{0} → {2} {3} ({4})")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          A third of the voters remain undecided.                  | third | 0.3333333 | voter       | =
          About half of the 2,400 participants were women.         | half  | 0.5       | participant | ~
          Two-thirds of the 600 workers voted to strike.           | thirds | 0.6666667 | worker     | =
          The new treatment cut the risk of death by a third.      | third | 0.3333333 |             | down
          The ferry carried a fifth fewer than a year earlier.     | fifth | 0.2       |             | down
          Tickets now cost a third more than they did in 2020.     | third | 0.3333333 |             | up
          """)
  void sharesAreFractions(String sentence, String written, double value, String unit, String change) {
    QuantityFact q = only(sentence, written);

    assertThat(q.value().doubleValue()).isCloseTo(value, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(q.unit()).isEqualTo(unit);
    assertThat(q.change()).isEqualTo(change);
  }

  @Test
  void aScaleAfterPerBelongsToThePrice() {
    assertThat(quantities("The gas traded at $3.10 per million British thermal units."))
        .extracting(QuantityFact::text)
        .containsExactly("$3.10");
  }

  @Test
  void aCountOfPlanesSkipsTheirModelNumber() {
    QuantityFact q = only("The airline flew its last 12 Boeing 747 jumbo jets to the desert.", "12");

    assertThat(q.value()).isEqualByComparingTo("12");
    assertThat(q.unit()).isEqualTo("jet");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The Rovers have lost 6 straight games since March.         | 6     | =
          The side has lost four of its last nine matches.           | four  | =
          The club lost 3,000 members after the vote.                | 3,000 | down
          """)
  void aTallyOfDefeatsIsNoFall(String sentence, String written, String change) {
    assertThat(only(sentence, written).change()).isEqualTo(change);
  }

  @Test
  void aDateAfterANumberIsNotWhatItCounts() {
    assertThat(only("About 2,000 people attended, up from 1,500 last year.", "1,500").unit()).isNull();
  }

  @Test
  void aSpanTheDateRulesTookWithItsYearIsADuration() {
    QuantityFact q = only("Life expectancy in the country fell to 78.4 years in 2020.", "78.4");

    assertThat(q.value()).isEqualByComparingTo("78.4");
    assertThat(q.unit()).isEqualTo("year");
    assertThat(q.change()).isEqualTo("down");
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The jobless rate rose to 6.8 from 6.1 pct in March.               | 6.8 | percent
          The council will cut the limit from 40 to 30 miles per hour.      | 40  | mile per hour
          The river stood at 4.2 against 3.1 metres a week earlier.         | 4.2 | metre
          The talk will last 12 or 13 minutes, aides said.                  | 12  | minute
          """)
  void aBareFigureSharesTheUnitOfTheFigureItIsJoinedTo(String sentence, String written, String unit) {
    assertThat(only(sentence, written).unit()).isEqualTo(unit);
  }

  @ParameterizedTest(name = "{0}: {1} stays bare")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The bill passed 218 to 214 votes in the House.                    | 218
          Profit rose to 5.2 from 4.8 billion dollars.                      | 5.2
          The fund raised its stake to 238,000 shares from 205,000 or 13.9 pct. | 205,000
          """)
  void noUnitIsSharedWithACountMoneyOrARestatement(String sentence, String written) {
    assertThat(quantities(sentence)).filteredOn(q -> q.text().equals(written))
        .allSatisfy(q -> assertThat(q.currency()).isNull())
        .allSatisfy(q -> assertThat(q.unit()).isNotIn("vote", "percent"));
  }

  @Test
  void aCompoundNounOfANumberWordIsNoPartOfTheNumberBeforeIt() {
    QuantityFact q = only("The guard hit eight three-pointers in the win.", "eight");

    assertThat(q.value()).isEqualByComparingTo("8");
    assertThat(q.unit()).isEqualTo("three-pointer");
  }

  @Test
  void aRateIsNoDurationOfOne() {
    assertThat(quantities("The government plans to build 300,000 homes a year."))
        .extracting(QuantityFact::unit)
        .containsExactly("home");
  }

  @ParameterizedTest(name = "{0} → {1} foot {2} inch")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The 6-foot-10 centre signed a two-year deal.                  | 6 | 10
          Their new lock, a 6ft 8in Fijian, made his debut on Saturday.  | 6 | 8
          The lorry hit a bridge with a clearance of 13 ft 3 in.         | 13 | 3
          The jumper cleared 7 feet 2 inches at the trials.              | 7 | 2
          """)
  void aHeightInFeetAndInchesIsTwoQuantities(String sentence, String feet, String inches) {
    List<QuantityFact> qs = quantities(sentence);

    assertThat(qs).filteredOn(q -> "foot".equals(q.unit())).singleElement()
        .satisfies(q -> assertThat(q.value()).isEqualByComparingTo(feet));
    assertThat(qs).filteredOn(q -> "inch".equals(q.unit())).singleElement()
        .satisfies(q -> assertThat(q.value()).isEqualByComparingTo(inches));
  }

  @Test
  void aNumberAfterFeetWithoutAMarkIsNoInch() {
    assertThat(quantities("The wall stands 8 feet 3 metres from the road."))
        .noneMatch(q -> "inch".equals(q.unit()));
  }

  @ParameterizedTest(name = "{0} → 1 {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Some villages could be cut off for up to a week.               | week | <
          The company reached 50 million users less than a year after its launch. | year | <
          The vote count took more than a day in the border region.      | day  | >
          """)
  void oneOfAUnitOfTimeWithABoundIsAQuantity(String sentence, String unit, String change) {
    assertThat(quantities(sentence)).filteredOn(q -> unit.equals(q.unit())).singleElement()
        .satisfies(q -> {
          assertThat(q.value()).isEqualByComparingTo("1");
          assertThat(q.change()).isEqualTo(change);
        });
  }

  @Test
  void oneOfAUnitOfTimeWithoutABoundIsNoQuantity() {
    assertThat(quantities("Bus fares rose 10% in a year, the council said."))
        .noneMatch(q -> "year".equals(q.unit()));
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Renters make up 35% of the town's households.                  | 35%   | =
          The air force shot down 14 of 20 missiles on Tuesday.          | 14    | =
          Shares were up 5% on the day.                                  | 5%    | up
          """)
  void aParticleBeforeAPartOfSomethingIsNoChange(String sentence, String written, String change) {
    assertThat(only(sentence, written).change()).isEqualTo(change);
  }

  @ParameterizedTest(name = "{0} → {1} ({2})")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Flu cases in the region rose 12-fold over the winter.          | 12 | up
          The firm expects a three-fold increase in orders.              | 3  | up
          Rail freight fell 4-fold in a decade.                          | 4  | down
          """)
  void aNumberJoinedToFoldIsTheMultipleOfAChange(String sentence, String value, String change) {
    assertThat(quantities(sentence)).filteredOn(q -> q.text().toLowerCase(java.util.Locale.ROOT).endsWith("fold"))
        .singleElement()
        .satisfies(q -> {
          assertThat(q.value()).isEqualByComparingTo(value);
          assertThat(q.unit()).isNull();
          assertThat(q.change()).isEqualTo(change);
        });
  }

  @Test
  void aFoldWithoutAChangeOrAWordMadeOfItIsNoQuantity() {
    assertThat(quantities("Our aim is two-fold: cut costs and grow sales.")).isEmpty();
    assertThat(quantities("Profit rose tenfold last year.")).noneMatch(q -> q.text().contains("tenfold"));
  }
}
