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
  void aTextTooShortToTellHasNoLanguage() {
    assertThat(Languages.of("Shr 27 cts vs 39 cts\nNet 481,189 vs 697,381")).isNull();
  }
}
