package org.newsfacts.extract.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerivedLinesTest {
  @TempDir Path folder;

  // A file of the models jar, 148,558 bytes: the KBP gazetteer's cased places.
  private static final String GAZETTEER = "/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";

  private static final List<String> SAMPLE = List.of("quorvex city\tCITY", "", "zal\tmirth", "ünïcode");

  @Test
  void whatIsWrittenIsReadBack() {
    Path file = folder.resolve("kind.txt");
    DerivedLines.write(file, SAMPLE);
    assertThat(DerivedLines.read(file)).contains(SAMPLE);
    assertThat(folder.toFile().list()).containsExactly("kind.txt"); // no temporary file left
  }

  @Test
  void noFileACutFileOrLinesWithBreaksAreNotRead() throws IOException {
    Path file = folder.resolve("kind.txt");
    assertThat(DerivedLines.read(file)).isEmpty();
    DerivedLines.write(file, SAMPLE);
    String whole = Files.readString(file);
    Files.writeString(file, whole.substring(0, whole.length() - 3));
    assertThat(DerivedLines.read(file)).isEmpty();
    Files.delete(file);
    DerivedLines.write(file, List.of("one\ntwo"));
    assertThat(file).doesNotExist();
  }

  @Test
  void aFolderThatCannotBeWrittenIsNoFailure() throws IOException {
    Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
    DerivedLines.write(notAFolder.resolve("kind.txt"), SAMPLE);
    assertThat(DerivedLines.read(notAFolder.resolve("kind.txt"))).isEmpty();
  }

  @Test
  void withoutTheFolderPropertyTheLinesAreDerivedEveryTime() {
    String before = System.getProperty(ModelDerivedFiles.FOLDER_PROPERTY);
    System.clearProperty(ModelDerivedFiles.FOLDER_PROPERTY);
    try {
      AtomicInteger derived = new AtomicInteger();
      List<java.net.URL> sources = List.of(DerivedLinesTest.class.getResource(GAZETTEER));
      for (int i = 0; i < 2; i++) {
        assertThat(DerivedLines.of("kind", sources, () -> { derived.incrementAndGet(); return SAMPLE; }))
            .isEqualTo(SAMPLE);
      }
      assertThat(derived).hasValue(2);
    } finally {
      if (before != null) {
        System.setProperty(ModelDerivedFiles.FOLDER_PROPERTY, before);
      }
    }
  }

  @Test
  void theFileForAModelsJarEntryIsNamedByItsChecksum() {
    String before = System.getProperty(ModelDerivedFiles.FOLDER_PROPERTY);
    System.setProperty(ModelDerivedFiles.FOLDER_PROPERTY, folder.toString());
    try {
      assertThat(DerivedLines.file("kind", List.of(DerivedLinesTest.class.getResource(GAZETTEER))))
          .hasValueSatisfying(path -> assertThat(path.getFileName().toString()).matches("kind-[0-9a-f]+-148558\\.txt"));
    } finally {
      if (before == null) {
        System.clearProperty(ModelDerivedFiles.FOLDER_PROPERTY);
      } else {
        System.setProperty(ModelDerivedFiles.FOLDER_PROPERTY, before);
      }
    }
  }
}
