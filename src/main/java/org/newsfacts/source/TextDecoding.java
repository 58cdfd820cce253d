package org.newsfacts.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text for files that do not declare an encoding: UTF-8 (with or without BOM, or
 * UTF-16 with BOM) when the bytes are valid as such, otherwise Windows-1252, the superset of
 * Latin-1 that old Windows and web text uses (curly quotes at 0x91-0x94).
 */
final class TextDecoding {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  static String decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, StandardCharsets.UTF_16);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      // Windows-1252 leaves five bytes unmapped; decoding replaces them rather than failing.
      return new String(bytes, WINDOWS_1252);
    }
  }

  /**
   * Whether {@code bytes} hold at least one non-ASCII character and are valid UTF-8 throughout:
   * then they are UTF-8 whatever a page declares (7-bit encodings such as ISO-2022-JP have no
   * non-ASCII bytes, and UTF-16 text is not valid UTF-8 once it holds a non-Latin character).
   */
  static boolean isMultibyteUtf8(byte[] bytes) {
    boolean nonAscii = false;
    for (byte b : bytes) {
      if (b < 0) {
        nonAscii = true;
        break;
      }
    }
    return nonAscii && isUtf8(bytes);
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
