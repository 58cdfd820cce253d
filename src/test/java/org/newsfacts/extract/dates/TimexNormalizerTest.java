package org.newsfacts.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.extract.corenlp.TaggedSentences.sentence;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.dates.TimexValues.Timex;
import org.newsfacts.fact.MentionType;

class TimexNormalizerTest {
  private static final Sentence THIRD_QUARTER =
      sentence(0, "Net/NN fell/VBD in/IN the/DT third/JJ quarter/NN");
  private static final Sentence YEAR_AGO =
      sentence(1, "It/PRP earned/VBD $/$ 5/CD million/CD a/DT year/NN ago/RB");

  @Test
  void aYearAgoAfterANamedQuarterIsThatQuarterTheYearBefore() {
    TimexNormalizer normalizer = new TimexNormalizer("1989-11-02");
    assertThat(normalizer.normalize(MentionType.DATE, "1989-Q3", "the third quarter", THIRD_QUARTER, 3, 6))
        .contains(new Timex(MentionType.DATE, "1989-Q3"));
    assertThat(normalizer.normalize(MentionType.DATE, "1988-11-02", "a year ago", YEAR_AGO, 5, 8))
        .contains(new Timex(MentionType.DATE, "1988-Q3"));
  }

  @Test
  void overnightIsTheNightBeforeTheDayTheArticleReportsOn() {
    // A Tuesday paper: "prices fell on Tuesday after crude fell below zero overnight" is Monday night.
    TimexNormalizer normalizer = new TimexNormalizer("2020-04-21");
    Sentence s = sentence(0, "Prices/NNS fell/VBD on/IN Tuesday/NNP after/IN crude/NN fell/VBD below/IN zero/CD overnight/RB");
    normalizer.normalize(MentionType.DATE, "2020-04-21", "Tuesday", s, 3, 4);
    assertThat(normalizer.normalize(MentionType.TIME, "2020-04-21TNI", "overnight", s, 9, 10))
        .contains(new Timex(MentionType.TIME, "2020-04-20TNI"));
    // A Monday paper about Friday's market: the night before Friday.
    TimexNormalizer monday = new TimexNormalizer("1989-10-30");
    Sentence friday = sentence(0, "Shares/NNS closed/VBD lower/JJR Friday/NNP");
    monday.normalize(MentionType.DATE, "1989-10-27", "Friday", friday, 3, 4);
    Sentence next = sentence(1, "They/PRP were/VBD hit/VBN by/IN overnight/JJ losses/NNS");
    assertThat(monday.normalize(MentionType.TIME, "1989-10-30TNI", "overnight", next, 4, 5))
        .contains(new Timex(MentionType.TIME, "1989-10-26TNI"));
  }

  @Test
  void overnightAfterAnEarlierDayInItsSentenceIsThatDaysNight() {
    TimexNormalizer normalizer = new TimexNormalizer("2020-10-27");
    Sentence s = sentence(0, "People/NNS were/VBD told/VBN to/TO leave/VB on/IN Monday/NNP as/IN the/DT fire/NN spread/VBD overnight/RB");
    normalizer.normalize(MentionType.DATE, "2020-10-26", "Monday", s, 6, 7);
    assertThat(normalizer.normalize(MentionType.TIME, "2020-10-27TNI", "overnight", s, 11, 12))
        .contains(new Timex(MentionType.TIME, "2020-10-26TNI"));
  }

  @Test
  void aDayNamedMoreThanAWeekBeforeIsNoReferenceForOvernight() {
    TimexNormalizer normalizer = new TimexNormalizer("1998-08-20");
    Sentence bombings = sentence(0, "Embassies/NNS were/VBD bombed/VBN on/IN Aug./NNP 7/CD");
    normalizer.normalize(MentionType.DATE, "1998-08-07", "Aug. 7", bombings, 4, 6);
    Sentence strikes = sentence(1, "The/DT sites/NNS were/VBD struck/VBN overnight/RB");
    assertThat(normalizer.normalize(MentionType.TIME, "1998-08-20TNI", "overnight", strikes, 4, 5))
        .contains(new Timex(MentionType.TIME, "1998-08-19TNI"));
  }

  @Test
  void overnightAheadIsLeftAsTheTaggerGaveIt() {
    Sentence s = sentence(0, "Crews/NNS will/MD work/VB overnight/RB");
    assertThat(new TimexNormalizer("2020-10-27").normalize(MentionType.TIME, "2020-10-27TNI", "overnight", s, 3, 4))
        .contains(new Timex(MentionType.TIME, "2020-10-27TNI"));
  }

  @Test
  void thePastYearAsADateIsTheYearBefore() {
    TimexNormalizer normalizer = new TimexNormalizer("2010-01-28");
    Sentence s = sentence(0, "Ford/NNP posted/VBD a/DT profit/NN for/IN the/DT past/JJ year/NN");
    assertThat(normalizer.normalize(MentionType.DATE, "2010", "the past year", s, 5, 8))
        .contains(new Timex(MentionType.DATE, "2009"));
    Sentence duration = sentence(1, "Prices/NNS rose/VBD over/IN the/DT last/JJ year/NN");
    assertThat(normalizer.normalize(MentionType.DURATION, "P1Y", "the last year", duration, 3, 6))
        .contains(new Timex(MentionType.DURATION, "P1Y"));
  }

  @Test
  void thePreviousYearCountsBackFromTheLastDateNamedOrElseFromPublication() {
    Sentence alone = sentence(0, "Sales/NNS fell/VBD from/IN the/DT previous/JJ year/NN");
    assertThat(new TimexNormalizer("2015-03-04").normalize(MentionType.DATE, "2015", "the previous year", alone, 3, 6))
        .contains(new Timex(MentionType.DATE, "2014"));
    TimexNormalizer normalizer = new TimexNormalizer("2015-03-04");
    Sentence named = sentence(1, "The/DT mine/NN closed/VBD in/IN 2011/CD");
    normalizer.normalize(MentionType.DATE, "2011", "2011", named, 4, 5);
    Sentence after = sentence(2, "Output/NN had/VBD halved/VBN the/DT previous/JJ year/NN");
    assertThat(normalizer.normalize(MentionType.DATE, "2015", "the previous year", after, 3, 6))
        .contains(new Timex(MentionType.DATE, "2010"));
  }

  @Test
  void aRunThatCountsUpToNowIsTheCurrentDayWeekOrMonth() {
    TimexNormalizer normalizer = new TimexNormalizer("2013-03-22");
    Sentence day = sentence(0, "Today/NN is/VBZ the/DT eighth/JJ day/NN of/IN the/DT strike/NN");
    assertThat(normalizer.normalize(MentionType.DATE, "2013-03-29", "the eighth day", day, 2, 5))
        .contains(new Timex(MentionType.DATE, "2013-03-22"));
    Sentence week = sentence(1, "Shares/NNS gain/VBP for/IN fourth/JJ week/NN in/IN a/DT row/NN");
    assertThat(normalizer.normalize(MentionType.DATE, "2013-W15", "fourth week", week, 3, 5))
        .contains(new Timex(MentionType.DATE, "2013-W12"));
    Sentence missed = sentence(2, "Trading/NN has/VBZ been/VBN halted/VBN for/IN a/DT second/JJ consecutive/JJ month/NN");
    assertThat(normalizer.normalize(MentionType.DATE, "", "a second consecutive month", missed, 5, 9))
        .contains(new Timex(MentionType.DATE, "2013-03"));
  }

  @Test
  void aRunToldInThePastOrAFirstDayIsLeftAsTheTaggerReadIt() {
    TimexNormalizer normalizer = new TimexNormalizer("2013-03-22");
    Sentence past = sentence(0, "It/PRP was/VBD the/DT third/JJ consecutive/JJ month/NN of/IN gains/NNS");
    assertThat(normalizer.normalize(MentionType.DURATION, "P3M", "the third consecutive month", past, 2, 6))
        .contains(new Timex(MentionType.DURATION, "P3M"));
    Sentence missed = sentence(1, "Stocks/NNS fell/VBD for/IN a/DT third/JJ straight/JJ day/NN");
    assertThat(normalizer.normalize(MentionType.DATE, "", "a third straight day", missed, 3, 7)).isEmpty();
    Sentence first = sentence(2, "He/PRP will/MD act/VB on/IN his/PRP$ first/JJ day/NN in/IN office/NN");
    assertThat(normalizer.normalize(MentionType.DATE, "2013-03-22", "first day", first, 5, 7))
        .contains(new Timex(MentionType.DATE, "2013-03-22"));
  }

  @Test
  void aYearEarlierAfterAMonthInTheSameSentenceIsThatMonthTheYearBefore() {
    TimexNormalizer normalizer = new TimexNormalizer("2016-04-20");
    Sentence s = sentence(0, "Exports/NNS in/IN March/NNP rose/VBD 4/CD %/NN from/IN a/DT year/NN earlier/RBR");
    normalizer.normalize(MentionType.DATE, "2016-03", "March", s, 2, 3);
    assertThat(normalizer.normalize(MentionType.DATE, "2015", "a year earlier", s, 7, 10))
        .contains(new Timex(MentionType.DATE, "2015-03"));
    Sentence same = sentence(1, "Sales/NNS fell/VBD in/IN May/NNP against/IN the/DT same/JJ month/NN a/DT year/NN ago/RB");
    normalizer.normalize(MentionType.DATE, "2016-05", "May", same, 3, 4);
    assertThat(normalizer.normalize(MentionType.DATE, "2015", "the same month a year ago", same, 5, 11))
        .contains(new Timex(MentionType.DATE, "2015-05"));
  }

  @Test
  void aYearEarlierAfterAMonthInAnotherSentenceIsAYear() {
    TimexNormalizer normalizer = new TimexNormalizer("2016-04-20");
    normalizer.normalize(MentionType.DATE, "2016-03", "March", sentence(0, "Exports/NNS rose/VBD in/IN March/NNP"), 3, 4);
    Sentence later = sentence(1, "Imports/NNS were/VBD flat/JJ from/IN a/DT year/NN earlier/RBR");
    assertThat(normalizer.normalize(MentionType.DATE, "2015-04-20", "a year earlier", later, 4, 7))
        .contains(new Timex(MentionType.DATE, "2015"));
  }

  @Test
  void aYearAgoWithNoQuarterBeforeItIsTheMonthAYearBack() {
    TimexNormalizer normalizer = new TimexNormalizer("1989-11-02");
    assertThat(normalizer.normalize(MentionType.DATE, "1988-11-02", "a year ago", YEAR_AGO, 5, 8))
        .contains(new Timex(MentionType.DATE, "1988-11"));
  }

  @Test
  void theYearEarlierQuarterWithoutValueIsTheReportedQuarterAYearBefore() {
    TimexNormalizer normalizer = new TimexNormalizer("1989-11-02");
    Sentence s = sentence(0, "up/RB from/IN the/DT year-earlier/JJ quarter/NN");
    assertThat(normalizer.normalize(MentionType.DATE, "", "the year-earlier quarter", s, 2, 5))
        .contains(new Timex(MentionType.DATE, "1988-Q3"));
  }

  @Test
  void theLatestQuarterIsADateNotADuration() {
    TimexNormalizer normalizer = new TimexNormalizer("1989-10-30");
    Sentence s = sentence(0, "Aetna/NNP lost/VBD money/NN in/IN the/DT latest/JJS quarter/NN");
    assertThat(normalizer.normalize(MentionType.DURATION, "PXM", "the latest quarter", s, 4, 7))
        .contains(new Timex(MentionType.DATE, "1989-Q3"));
  }

  @Test
  void wordsTimeMlDoesNotMarkAreDropped() {
    TimexNormalizer normalizer = new TimexNormalizer("1989-10-30");
    Sentence s = sentence(0, "a/DT once/RB high-flying/JJ maker/NN");
    assertThat(normalizer.normalize(MentionType.DATE, "PAST_REF", "once", s, 1, 2)).isEmpty();
  }

  @Test
  void fiscalYearWithoutValueIsThatYear() {
    TimexNormalizer normalizer = new TimexNormalizer("1989-10-30");
    Sentence s = sentence(0, "profit/NN in/IN fiscal/JJ 1989/CD");
    assertThat(normalizer.normalize(MentionType.DATE, "", "fiscal 1989", s, 2, 4))
        .contains(new Timex(MentionType.DATE, "1989"));
  }

  @Test
  void withoutPublicationDateValuesStayRelative() {
    TimexNormalizer normalizer = new TimexNormalizer(null);
    Sentence s = sentence(0, "In/IN January/NNP troops/NNS were/VBD killed/VBN");
    assertThat(normalizer.normalize(MentionType.DATE, "XXXX-01", "January", s, 1, 2))
        .contains(new Timex(MentionType.DATE, "XXXX-01"));
  }
  @Test
  void aWeekdayWithAPartOfDayFollowsTheTenseLikeTheWeekdayAlone() {
    TimexNormalizer normalizer = new TimexNormalizer("2003-05-13");
    Sentence s = sentence(0, "The/DT mayor/NN spoke/VBD Sunday/NNP night/NN at/IN the/DT fair/NN");
    assertThat(normalizer.normalize(MentionType.TIME, "2003-05-18TNI", "Sunday night", s, 3, 5))
        .contains(new Timex(MentionType.TIME, "2003-05-11TNI"));
  }

  @Test
  void aWeekdayWithAPartOfDayInAFutureSentenceIsTheNextOne() {
    TimexNormalizer normalizer = new TimexNormalizer("2003-05-13");
    Sentence s = sentence(0, "The/DT mayor/NN will/MD speak/VB Sunday/NNP night/NN");
    assertThat(normalizer.normalize(MentionType.TIME, "2003-05-11TNI", "Sunday night", s, 4, 6))
        .contains(new Timex(MentionType.TIME, "2003-05-18TNI"));
  }
  @Test
  void theFollowingYearCountsFromTheYearNamedBefore() {
    TimexNormalizer normalizer = new TimexNormalizer("2012-06-01");
    Sentence first = sentence(0, "She/PRP joined/VBD the/DT board/NN in/IN 2004/CD");
    Sentence second = sentence(1, "The/DT following/JJ year/NN she/PRP left/VBD");
    assertThat(normalizer.normalize(MentionType.DATE, "2004", "2004", first, 5, 6))
        .contains(new Timex(MentionType.DATE, "2004"));
    assertThat(normalizer.normalize(MentionType.DATE, "2013", "The following year", second, 0, 3))
        .contains(new Timex(MentionType.DATE, "2005"));
  }

  @Test
  void laterThatYearWithNoDateBeforeItIsDropped() {
    TimexNormalizer normalizer = new TimexNormalizer("2012-06-01");
    Sentence s = sentence(0, "She/PRP left/VBD later/RB that/DT year/NN");
    assertThat(normalizer.normalize(MentionType.DATE, "", "later that year", s, 2, 5)).isEmpty();
  }
  @Test
  void aPrefixedMonthFollowsTheTenseLikeTheMonthAlone() {
    TimexNormalizer normalizer = new TimexNormalizer("2004-02-10");
    Sentence s = sentence(0, "The/DT late-November/JJ trip/NN was/VBD cancelled/VBN");
    assertThat(normalizer.normalize(MentionType.DATE, "2004-11", "late-November", s, 1, 2))
        .contains(new Timex(MentionType.DATE, "2003-11"));
  }
  @Test
  void aClockTimeWithoutADayIsOnTheDayTheArticleLastNamed() {
    TimexNormalizer normalizer = new TimexNormalizer("2012-06-04");
    Sentence first = sentence(0, "The/DT storm/NN hit/VBD the/DT coast/NN on/IN Friday/NNP");
    Sentence second = sentence(1, "Power/NN failed/VBD at/IN 9:40/CD p.m./RB ./.");
    assertThat(normalizer.normalize(MentionType.DATE, "2012-06-01", "Friday", first, 6, 7))
        .contains(new Timex(MentionType.DATE, "2012-06-01"));
    assertThat(normalizer.normalize(MentionType.TIME, "2012-06-04T21:40", "9:40 p.m.", second, 3, 5))
        .contains(new Timex(MentionType.TIME, "2012-06-01T21:40"));
  }

  @Test
  void aClockTimeFollowedByItsDayKeepsTheTaggersDay() {
    TimexNormalizer normalizer = new TimexNormalizer("2012-06-04");
    Sentence first = sentence(0, "The/DT storm/NN hit/VBD the/DT coast/NN on/IN Friday/NNP");
    Sentence second = sentence(1, "The/DT deadline/NN is/VBZ 9/CD a.m./RB Tuesday/NNP ./.");
    normalizer.normalize(MentionType.DATE, "2012-06-01", "Friday", first, 6, 7);
    assertThat(normalizer.normalize(MentionType.TIME, "2012-06-05T09:00", "9 a.m.", second, 3, 5))
        .contains(new Timex(MentionType.TIME, "2012-06-05T09:00"));
  }

  @Test
  void aClockTimeAfterAYearAloneStaysOnThePublicationDay() {
    TimexNormalizer normalizer = new TimexNormalizer("2012-06-04");
    Sentence first = sentence(0, "The/DT plant/NN opened/VBD in/IN 1998/CD");
    Sentence second = sentence(1, "Power/NN failed/VBD at/IN 9:40/CD p.m./RB ./.");
    normalizer.normalize(MentionType.DATE, "1998", "1998", first, 4, 5);
    assertThat(normalizer.normalize(MentionType.TIME, "2012-06-04T21:40", "9:40 p.m.", second, 3, 5))
        .contains(new Timex(MentionType.TIME, "2012-06-04T21:40"));
  }
  @Test
  void theYearAgoOrdinalQuarterIsThatQuarterOfTheYearBefore() {
    TimexNormalizer normalizer = new TimexNormalizer("1989-11-02");
    Sentence s = sentence(0, "It/PRP earned/VBD more/JJR in/IN the/DT year-ago/JJ third/JJ quarter/NN");
    assertThat(normalizer.normalize(MentionType.DATE, "1989-Q3", "the year-ago third quarter", s, 4, 8))
        .contains(new Timex(MentionType.DATE, "1988-Q3"));
  }
  @Test
  void theWeekOfADayIsThatDaysIsoWeek() {
    TimexNormalizer normalizer = new TimexNormalizer("2011-02-15");
    Sentence s = sentence(0, "A/DT hearing/NN will/MD be/VB held/VBN the/DT week/NN of/IN April/NNP 4/CD");
    assertThat(normalizer.normalize(MentionType.DATE, "", "the week of April 4", s, 5, 10))
        .contains(new Timex(MentionType.DATE, "2011-W14"));
  }
}
