package org.newsfacts.source;

import java.util.Locale;
import java.util.Set;

/**
 * Programs and their archives (a {@code .jar} beside the articles, a build's class files, an
 * executable) hold no article. Tika would read them anyway: a {@code .jar} is a ZIP, and its
 * manifest became an article titled {@code META-INF/MANIFEST.MF}. They are told by their name
 * or, for files without a telling name, by the magic numbers their formats start with.
 */
final class ProgramFiles {
  private static final Set<String> EXTENSIONS =
      // Only names nothing else uses: a page saved as ".bin" or "example.com" is still read, and
      // a real binary under such a name is told by its first bytes.
      Set.of(
          "jar", "war", "ear", "jmod", "apk", "aar", "class", "exe", "dll", "msi", "so", "dylib",
          "wasm", "pyc", "pyo", "dex", "deb", "rpm", "dmg", "iso");

  private ProgramFiles() {}

  /**
   * What kind of program file this is, for the line that says it was skipped ("a program
   * archive (.jar)"), or {@code null} when it may hold an article.
   */
  static String kind(String name, byte[] bytes) {
    String extension = extension(name);
    if (EXTENSIONS.contains(extension)) {
      return switch (extension) {
        case "jar", "war", "ear", "jmod", "apk", "aar" -> "a program archive (." + extension + ")";
        case "class", "pyc", "pyo", "dex", "wasm" -> "compiled code (." + extension + ")";
        case "deb", "rpm", "dmg", "iso", "msi" -> "an installer or disk image (." + extension + ")";
        default -> "a program or library (." + extension + ")";
      };
    }
    return byMagicNumber(bytes);
  }

  private static String byMagicNumber(byte[] bytes) {
    if (startsWith(bytes, 0xCA, 0xFE, 0xBA, 0xBE)) {
      return "compiled code (a Java class file)";
    }
    if (startsWith(bytes, 0x7F, 'E', 'L', 'F')) {
      return "a program or library (ELF)";
    }
    if (startsWith(bytes, 'M', 'Z') && bytes.length > 0x40) {
      return "a program or library (Windows executable)";
    }
    if (startsWith(bytes, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(bytes, 0xCE, 0xFA, 0xED, 0xFE)
        || startsWith(bytes, 0xFE, 0xED, 0xFA, 0xCF) || startsWith(bytes, 0xFE, 0xED, 0xFA, 0xCE)) {
      return "a program or library (Mach-O)";
    }
    if (startsWith(bytes, 'P', 'K', 0x03, 0x04) && head(bytes).contains("META-INF/MANIFEST.MF")) {
      // A Java archive whatever its name; OpenDocument's "META-INF/manifest.xml" is lower case.
      return "a program archive (Java)";
    }
    if (startsWith(bytes, 0x00, 'a', 's', 'm')) {
      return "compiled code (WebAssembly)";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static String head(byte[] bytes) {
    return new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static String extension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    return dot < 0 ? "" : lower.substring(dot + 1);
  }
}
