package org.newsfacts.source;

import java.nio.charset.StandardCharsets;

/**
 * Mailboxes in mbox format: every message is one article, read as an {@code .eml} file and named
 * {@code path#n} (from 1). Messages start at a {@code From } line at the top of the file or after
 * a blank line; {@code >From } lines (mboxrd quoting) lose one {@code >}.
 */
final class MboxReader implements FormatReader {
  private final Formats formats;

  MboxReader(Formats formats) {
    this.formats = formats;
  }

  @Override
  public void read(SourceDocument document, ArticleHandler handler) throws ReadFailure {
    // Latin-1 maps every byte to one char and back, so message bytes pass through unchanged.
    String mailbox = new String(document.bytes(), StandardCharsets.ISO_8859_1);
    if (!mailbox.startsWith("From ")) {
      throw new ReadFailure("could not parse", "not an mbox file (no leading \"From \" line)");
    }
    StringBuilder message = new StringBuilder();
    int number = 0;
    boolean previousBlank = true;
    for (String line : mailbox.split("\n", -1)) {
      if (line.startsWith("From ") && previousBlank) {
        if (number > 0) {
          readMessage(document.source(), number, message, handler);
        }
        number++;
        message.setLength(0);
      } else {
        message.append(line.matches("^>+From .*") ? line.substring(1) : line).append('\n');
      }
      previousBlank = line.isEmpty() || line.equals("\r");
    }
    readMessage(document.source(), number, message, handler);
  }

  private void readMessage(String mailbox, int number, CharSequence message, ArticleHandler handler) {
    String source = mailbox + "#" + number;
    byte[] bytes = message.toString().getBytes(StandardCharsets.ISO_8859_1);
    try {
      formats.read(new SourceDocument(source, "message.eml", bytes), handler);
    } catch (ReadFailure e) {
      handler.failed(source, e.what(), e.why());
    }
  }
}
