package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.extract.names.GenderFingerprintFile.Fingerprints;

class GenderFingerprintFileTest {
  @TempDir Path folder;

  private static final Fingerprints SAMPLE =
      new Fingerprints(
          new long[] {-7L, PronounGenders.fingerprint("quorvex")},
          new long[] {-7L, 3L, PronounGenders.fingerprint("quorvex"), Long.MAX_VALUE});

  @Test
  void whatIsWrittenIsReadBack() {
    GenderFingerprintFile file = new GenderFingerprintFile(folder.resolve("g.bin"));
    file.write(SAMPLE);
    Fingerprints back = file.read().orElseThrow();
    assertThat(back.things()).containsExactly(SAMPLE.things());
    assertThat(back.known()).containsExactly(SAMPLE.known());
    assertThat(folder.toFile().list()).containsExactly("g.bin"); // no temporary file left
  }

  @Test
  void noFileACutFileOrAnotherFileIsNotRead() throws IOException {
    Path path = folder.resolve("g.bin");
    GenderFingerprintFile file = new GenderFingerprintFile(path);
    assertThat(file.read()).isEmpty();
    file.write(SAMPLE);
    byte[] whole = Files.readAllBytes(path);
    Files.write(path, java.util.Arrays.copyOf(whole, whole.length - 8));
    assertThat(file.read()).isEmpty();
    Files.write(path, "# newsfacts entities 5 commit 3\n".getBytes());
    assertThat(file.read()).isEmpty();
  }

  @Test
  void aFolderThatCannotBeWrittenIsNoFailure() throws IOException {
    Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
    GenderFingerprintFile file = new GenderFingerprintFile(notAFolder.resolve("g.bin"));
    file.write(SAMPLE);
    assertThat(file.read()).isEmpty();
  }

  @Test
  void withoutTheFolderPropertyThereIsNoFile() {
    String before = System.getProperty(GenderFingerprintFile.FOLDER_PROPERTY);
    System.clearProperty(GenderFingerprintFile.FOLDER_PROPERTY);
    try {
      assertThat(GenderFingerprintFile.forSource(PronounGenders.class.getResource(PronounGenders.GENDER_DATA)))
          .isEmpty();
    } finally {
      if (before != null) {
        System.setProperty(GenderFingerprintFile.FOLDER_PROPERTY, before);
      }
    }
  }

  @Test
  void theFileForTheModelsJarIsNamedByItsEntry() {
    String before = System.getProperty(GenderFingerprintFile.FOLDER_PROPERTY);
    System.setProperty(GenderFingerprintFile.FOLDER_PROPERTY, folder.toString());
    try {
      assertThat(GenderFingerprintFile.forSource(PronounGenders.class.getResource(PronounGenders.GENDER_DATA)))
          .isPresent();
    } finally {
      if (before == null) {
        System.clearProperty(GenderFingerprintFile.FOLDER_PROPERTY);
      } else {
        System.setProperty(GenderFingerprintFile.FOLDER_PROPERTY, before);
      }
    }
  }
}
