package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

  @Test
  void surnameAloneTakesTheFullName() {
    Map<String, String> names = PersonNames.canonicalise(List.of("Thabit al-Abbasi", "Abbasi"));
    assertThat(names).containsEntry("Abbasi", "Thabit al-Abbasi");
    assertThat(names).containsEntry("Thabit al-Abbasi", "Thabit al-Abbasi");
  }

  @Test
  void shortFormBeforeTheFullOneStillResolves() {
    assertThat(PersonNames.canonicalise(List.of("Smith", "Adam Smith")))
        .containsEntry("Smith", "Adam Smith");
  }

  @Test
  void ambiguousSurnameIsLeftAsWritten() {
    assertThat(PersonNames.canonicalise(List.of("Adam Smith", "Jane Smith", "Smith")))
        .containsEntry("Smith", "Smith")
        .containsEntry("Jane Smith", "Jane Smith");
  }

  @Test
  void chainsEndAtTheFullestForm() {
    assertThat(PersonNames.canonicalise(List.of("Sudani", "Shia al-Sudani", "Mohammed Shia al-Sudani")))
        .containsEntry("Sudani", "Mohammed Shia al-Sudani")
        .containsEntry("Shia al-Sudani", "Mohammed Shia al-Sudani");
  }

  @Test
  void unrelatedNamesStayApart() {
    assertThat(PersonNames.canonicalise(List.of("Saddam Hussein", "Adam Smith")))
        .containsEntry("Saddam Hussein", "Saddam Hussein")
        .containsEntry("Adam Smith", "Adam Smith");
  }
}
