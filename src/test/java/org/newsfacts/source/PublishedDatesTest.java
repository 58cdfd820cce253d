package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-09-27T08:30:00+00:00 | 2024-09-27",
        "2024-09-27 | 2024-09-27",
        "20240927T083000Z | 2024-09-27",
        "Fri, 27 Sep 2024 08:30:00 GMT | 2024-09-27",
        "September 27, 2024 | 2024-09-27",
        "Sept. 27th, 2024 | 2024-09-27",
        "27 September 2024 | 2024-09-27",
        "Saturday, September 12, 2015 | 2015-09-12",
        "2024/9/27 | 2024-09-27",
        "sexta-feira, 22 de outubro de 2010 às 20:13 | 2010-10-22",
        "27. September 2024 | 2024-09-27",
        "27 septembre 2024 | 2024-09-27",
        "Posted on Oktober 27, 2015 by Admin | 2015-10-27",
        "12 de diciembre de 2019 | 2019-12-12",
        "03-02-2009 | 2009-02-03",
        "27.09.2024 | 2024-09-27",
        "9/27/2024 | 2024-09-27",
        "09/02/2024 | 2024-09-02",
        "27/09/2024 14:05 | 2024-09-27",
        "[Published: 8-Jan-2008] | 2008-01-08",
        "Wednesday , January 9 , 2008 | 2008-01-09",
        "Island Wire - Sat, 29 Dec 15:58:00 2007 | 2007-12-29",
        "Tue Jan 15 09:30:00 2008 | 2008-01-15",
        "岛屿新闻2016年10月14日07:17 | 2016-10-14",
        "15/01/08 15:46 | 2008-01-15",
        "News: Page (1) of 1 - 01/14/08 | 2008-01-14",
        "Written by Ann Lee on 24/10/12 | 2012-10-24",
        "By Ann Lee, Monday, 07/01/2008 | 2008-01-07",
        "Tuesday 07/01/2008 | 2008-07-01",
      })
  void readsTheDatePublishersWrite(String value, String expected) {
    assertThat(PublishedDates.parse(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2024-02-30", "13/45/2024", "May 2024", "01/08/08", "3/09/15",
    "Sunday 01/08/08"})
  void givesNullWhenThereIsNoValidDate(String value) {
    assertThat(PublishedDates.parse(value)).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "https://news.example.com/2024/09/27/story/, 2024-09-27",
    "https://news.example.com/world/2024-09-27-story, 2024-09-27",
    "https://news.example.com/world/story-123, ",
  })
  void readsDatesInUrls(String url, String expected) {
    assertThat(PublishedDates.fromUrl(url)).isEqualTo(expected);
  }
}
