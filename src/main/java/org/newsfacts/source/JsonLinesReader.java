package org.newsfacts.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsfacts.fact.Json;

/**
 * JSON Lines: one article per line, {@code {"id","title","published","text",...}}. The text is
 * used verbatim, because mention offsets computed elsewhere refer to it. A bad line fails on its
 * own and reading goes on.
 */
final class JsonLinesReader implements FormatReader {
  private final ArticleFactory articles;
  private final long maxLineChars;

  JsonLinesReader(ArticleFactory articles, ReaderOptions options) {
    this.articles = articles;
    this.maxLineChars = options.maxFileBytes();
  }

  @Override
  public void read(SourceDocument document, ArticleHandler handler) throws ReadFailure {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                new ByteArrayInputStream(document.bytes()), StandardCharsets.UTF_8))) {
      read(lines, document.source(), handler);
    } catch (IOException e) {
      throw new ReadFailure("could not read", String.valueOf(e.getMessage()));
    }
  }

  /**
   * Reads line by line, so a large file never has to fit in memory; a line longer than the file
   * size limit fails without being held in memory either.
   */
  void read(Reader in, String source, ArticleHandler handler) throws IOException {
    BoundedLines lines = new BoundedLines(in, maxLineChars);
    int number = 0;
    boolean anyArticleLine = false;
    for (String line = lines.next(); line != null; line = lines.next()) {
      number++;
      if (line == BoundedLines.TOO_LONG) {
        tooLong(number, source, handler);
      } else {
        anyArticleLine |= readLine(line, number, source, handler);
      }
    }
    // An empty file is a mistake worth a line on stderr, as it is for every other format.
    if (!anyArticleLine) {
      handler.failed(source, "no article text", "the file holds no JSON lines");
    }
  }

  /**
   * Reads one line, numbered from 1, of the JSON Lines file {@code source}; a blank line gives
   * nothing.
   *
   * @return whether the line held anything but white space
   */
  boolean readLine(String line, int number, String source, ArticleHandler handler) {
    if (line.length() > maxLineChars) {
      tooLong(number, source, handler);
      return true;
    }
    if (number == 1 && line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    if (line.isBlank()) {
      return false;
    }
    readArticle(line, number, source, handler);
    return true;
  }

  private void tooLong(int number, String source, ArticleHandler handler) {
    handler.failed(source, "could not read line " + number,
        "longer than " + maxLineChars + " characters");
  }

  private void readArticle(String line, int number, String source, ArticleHandler handler) {
    String what = "could not read line " + number;
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(line);
    } catch (JacksonException e) {
      handler.failed(source, what, "invalid JSON: " + e.getOriginalMessage());
      return;
    }
    if (node == null || !node.isObject()) {
      handler.failed(source, what, "not a JSON object");
      return;
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      handler.failed(source, what, "no \"text\" string");
      return;
    }
    String id = scalar(node.get("id"));
    String title = scalar(node.get("title"));
    String published = scalar(node.get("published"));
    if (id == null) {
      id = ContentIds.of(TextCleanup.inline(title), text.asText());
    }
    articles.emit(handler, source + "#" + id, id, title, authors(node), published, text.asText());
  }

  private static List<String> authors(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (String field : List.of("authors", "author")) {
      JsonNode value = node.get(field);
      if (value != null && value.isArray()) {
        value.forEach(v -> addIfText(names, v));
      } else {
        addIfText(names, value);
      }
    }
    return names;
  }

  private static void addIfText(List<String> names, JsonNode value) {
    String text = scalar(value);
    if (text != null) {
      names.add(text);
    }
  }

  private static String scalar(JsonNode value) {
    if (value == null || !value.isValueNode() || value.isNull()) {
      return null;
    }
    String text = value.asText();
    return text.isBlank() ? null : text;
  }
}
