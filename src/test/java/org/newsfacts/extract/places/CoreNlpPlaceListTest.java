package org.newsfacts.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.extract.corenlp.ModelDerivedFiles;

class CoreNlpPlaceListTest {
  @TempDir Path folder;

  @Test
  void placesReadFromTheSavedFileAreThePlacesDerived() {
    String before = System.getProperty(ModelDerivedFiles.FOLDER_PROPERTY);
    System.setProperty(ModelDerivedFiles.FOLDER_PROPERTY, folder.toString());
    try {
      List<CoreNlpPlaceList.Entry> derived = CoreNlpPlaceList.derive();
      assertThat(CoreNlpPlaceList.read()).isEqualTo(derived); // derives and saves
      assertThat(CoreNlpPlaceList.read()).isEqualTo(derived); // reads the file back
      assertThat(folder.toFile().list()).singleElement().asString().startsWith("places-");
    } finally {
      if (before == null) {
        System.clearProperty(ModelDerivedFiles.FOLDER_PROPERTY);
      } else {
        System.setProperty(ModelDerivedFiles.FOLDER_PROPERTY, before);
      }
    }
  }
}
