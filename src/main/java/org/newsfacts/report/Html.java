package org.newsfacts.report;

/** Escaping for HTML text and attribute values; everything from articles passes through it. */
final class Html {
  private Html() {}

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&#39;");
          break;
        default:
          // Control characters other than white space are not allowed in HTML text.
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            sb.append(' ');
          } else {
            sb.append(c);
          }
      }
    }
    return sb.toString();
  }
}
