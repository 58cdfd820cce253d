package org.newsfacts.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.extract.dates.TimexValues.Timex;
import org.newsfacts.fact.MentionType;

class TimexValuesTest {

  @ParameterizedTest(name = "{0} {1} \"{2}\" -> {4} {5}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DURATION | P6M | the past two quarters | '' | DURATION | P2Q",
        "DURATION | PXM | several quarters | '' | DURATION | PXQ",
        "SET | P3M | every quarter | '' | SET | P1Q",
        "DURATION | P10Y | about a decade | '' | DURATION | P1E",
        "DURATION | P20Y | almost two decades | '' | DURATION | P20Y",
        "DURATION | P40Y | in four decades | '' | DURATION | P40Y",
        "DURATION | PXY | centuries | '' | DURATION | PXC",
        "DURATION | PXY | for decades | '' | DURATION | PXY",
        "DURATION | P2000Y | two thousand years | '' | DURATION | P2L",
        "DURATION | P5M | five months | '' | DURATION | P5M",
        "TIME | 1989-11-09T17:00-0500 | 5 p.m. EST | '' | TIME | 1989-11-09T17:00",
        "DATE | 1989 | the year | ended | DURATION | P1Y",
        "DATE | 1989 | the fiscal year | ending | DURATION | P1Y",
        "DATE | 1989 | the year | . | DATE | 1989",
        "DATE | 1997 | several years ago | '' | DATE | PAST_REF",
        "DATE | 1998-10-23TNI | Friday | , | DATE | 1998-10-23",
        "DATE | 1998-10-23TNI | Friday | night | DATE | 1998-10-23TNI",
        "DATE | 1998-10-23TEV | Friday evening | '' | DATE | 1998-10-23TEV",
        "TIME | 2007-03-13TNI | Tuesday nights | '' | SET | XXXX-WXX-2TNI",
        "DATE | 2007-03-18 | on Sundays | '' | SET | XXXX-WXX-7",
        "DATE | 2008 | the coming years | '' | DURATION | PXY",
        "DATE | 18XX | the 19th century | '' | DATE | 18",
        "DATE | 18XX | the 1800s | '' | DATE | 18XX",
        "DATE | 2007-04 | the next few months | '' | DURATION | PXM",
        "DATE | 1998-01-11/1998-01-12 | the next several days | '' | DURATION | PXD",
        "TIME | 2012-05-03T16:08 | 16:08 | UTC | TIME | 2012-05-03T16:08Z",
        "TIME | 2012-05-03T16:08Z | 4:08 p.m. GMT | , | TIME | 2012-05-03T16:08Z",
        "TIME | 2012-05-03T09:00-0400 | 9 a.m. EDT | '' | TIME | 2012-05-03T09:00",
        "DATE | 201X | over the past decade | '' | DURATION | P10Y",
        "DATE | 199X | the last decade | '' | DURATION | P10Y",
        "DATE | 20 | this century | '' | DURATION | P100Y",
        "DATE | 199X | the 1990s | '' | DATE | 199X",
        "SET | 197X | 1970s | '' | DATE | 197X",
        "DURATION | PXY | recent years | '' | DATE | PAST_REF",
        "DURATION | PXY | in recent years | '' | DATE | PAST_REF",
        "DURATION | PXM | recent months | '' | DURATION | PXM",
        "SET | TMO | every morning | '' | SET | XXXX-XX-XXTMO",
        "SET | TEV | each evening | '' | SET | XXXX-XX-XXTEV",
      })
  void valuesFollowTimeMlConventions(
      MentionType type, String value, String text, String after, MentionType expectedType, String expected) {
    assertThat(TimexValues.canonical(type, value, text, after)).isEqualTo(new Timex(expectedType, expected));
  }
}
