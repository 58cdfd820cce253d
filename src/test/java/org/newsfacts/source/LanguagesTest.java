package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {
  static final String GERMAN =
      "Die neue Straßenbahnlinie in Bergen hat am Montag die ersten Fahrgäste befördert, drei"
          + " Jahre nachdem die Arbeiten an der Strecke vom Flughafen zum Hafen begonnen hatten."
          + " Der Bürgermeister fuhr mit einer Gruppe von Schulkindern und den Ingenieuren, die die"
          + " Linie gebaut haben, in der ersten Bahn mit und sprach von einem guten Tag für die Stadt.";
  static final String ENGLISH =
      "The new tram line in Bergen carried its first passengers on Monday, three years after work"
          + " began on the route from the airport to the harbour. The mayor rode the first tram with"
          + " a group of schoolchildren and the engineers who built the line, and spoke of a good day"
          + " for the city. Trams will run every ten minutes from six in the morning until midnight,"
          + " and tickets bought for the buses are valid on them too.";

  @Test
  void tellsGermanFromEnglish() {
    assertThat(Languages.of(GERMAN)).isEqualTo("de");
    assertThat(Languages.of(ENGLISH)).isEqualTo("en");
  }

  @Test
  void detectionRightAfterABackgroundLoadWaitsForItAndAgrees() {
    Languages.loadInBackground();
    assertThat(Languages.of(ENGLISH)).isEqualTo("en");
    Languages.loadInBackground(); // a second call once loaded changes nothing
    assertThat(Languages.of(GERMAN)).isEqualTo("de");
  }

  @Test
  void aTextTooShortToTellHasNoLanguage() {
    assertThat(Languages.of("Shr 27 cts vs 39 cts\nNet 481,189 vs 697,381")).isNull();
  }

  @Test
  void tablesAndLinesInCapitalsAreNoEvidence() {
    String table =
        "HARBOUR FREIGHT LINES PLC YEAR\n"
            + "Shr 21.40p vs 18.05p\n"
            + "    Final div 6.1p, making 8.4p vs 7.2p\n"
            + "    Pre-tax profit 41.2 mln stg vs 33.8 mln\n"
            + "    Turnover 611.7 mln stg vs 540.9 mln\n"
            + "    Tax 15.1 mln vs 12.6 mln\n";
    assertThat(Languages.proseLines(table)).isEmpty();
    assertThat(Languages.of(table.repeat(8))).isNull();
    assertThat(Languages.of(table + ENGLISH)).isEqualTo("en");
    assertThat(Languages.proseLines(table + ENGLISH)).isEqualTo(ENGLISH + "\n");
  }

  @Test
  void scriptsWithoutCaseCount() {
    String japanese = "東京都は月曜日、新しい路面電車の路線が空港から港まで開通したと発表した。"
        + "工事は三年前に始まり、市長は子どもたちや技術者と一緒に最初の電車に乗った。"
        + "電車は朝六時から深夜まで十分ごとに運行され、バスの切符でも乗ることができる。";
    assertThat(Languages.proseLines(japanese)).isEqualTo(japanese + "\n");
  }
}
