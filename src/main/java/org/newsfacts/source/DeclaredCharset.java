package org.newsfacts.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The encoding a page declares in its first kilobytes ({@code <meta charset>}), if supported. */
final class DeclaredCharset {
  private static final Pattern CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([a-z0-9_.:-]+)");
  private static final Pattern XML_ENCODING =
      Pattern.compile("(?i)<\\?xml[^>]+encoding\\s*=\\s*[\"']([a-z0-9_.:-]+)");

  private DeclaredCharset() {}

  static String of(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    for (Pattern pattern : new Pattern[] {CHARSET, XML_ENCODING}) {
      Matcher m = pattern.matcher(head);
      if (m.find()) {
        String name = m.group(1).toLowerCase(Locale.ROOT);
        try {
          if (Charset.isSupported(name)) {
            // Pages labelled Latin-1 are in practice Windows-1252, as browsers assume.
            return name.equals("iso-8859-1") || name.equals("latin1") ? "windows-1252" : name;
          }
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
    return null;
  }
}
