package org.newsfacts.serve;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import org.newsfacts.fact.Json;
import org.newsfacts.fact.PublicationDates;

/**
 * A JSON upload, {@code {"title","published","text"}} (and optionally {@code "authors"}), checked
 * field by field so that the client hears exactly what is wrong, then written as the one line of
 * a JSON Lines file: the same reader as {@code ingest}'s then makes the article.
 */
final class JsonArticleBody {
  private static final Set<String> FIELDS = Set.of("title", "published", "text", "authors");

  private JsonArticleBody() {}

  /**
   * Writes the article in {@code body} to {@code jsonLines}.
   *
   * @throws ApiError 400 with the reason when the body is not such an article
   */
  static void toJsonLine(Path body, Path jsonLines) throws IOException {
    JsonNode node;
    try {
      node =
          Json.MAPPER
              .readerFor(JsonNode.class)
              .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .readValue(body.toFile());
    } catch (JacksonException e) {
      throw ApiError.badRequest("invalid JSON: " + oneLine(e.getOriginalMessage()));
    }
    if (node == null || !node.isObject()) {
      throw ApiError.badRequest("the body must be a JSON object {\"title\", \"published\", \"text\"}");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw ApiError.badRequest(
            "unknown field \"" + name + "\" (expected title, published, text, authors)");
      }
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      throw ApiError.badRequest("\"text\" must be a non-empty string");
    }
    JsonNode title = node.get("title");
    if (title != null && !title.isNull() && !title.isTextual()) {
      throw ApiError.badRequest("\"title\" must be a string");
    }
    JsonNode published = node.get("published");
    if (published != null
        && !published.isNull()
        && !(published.isTextual() && PublicationDates.isIsoDate(published.asText()))) {
      throw ApiError.badRequest("\"published\" must be a date written YYYY-MM-DD");
    }
    JsonNode authors = node.get("authors");
    if (authors != null && !authors.isNull() && !isTextOrTexts(authors)) {
      throw ApiError.badRequest("\"authors\" must be a string or a list of strings");
    }
    // One line: Jackson escapes every line break inside the strings.
    String line = Json.MAPPER.writeValueAsString((ObjectNode) node);
    Files.writeString(jsonLines, line + "\n", StandardCharsets.UTF_8);
  }

  private static boolean isTextOrTexts(JsonNode node) {
    if (node.isTextual()) {
      return true;
    }
    if (!node.isArray()) {
      return false;
    }
    for (JsonNode element : node) {
      if (!element.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static String oneLine(String message) {
    return message == null ? "unreadable" : message.replaceAll("\\s+", " ").strip();
  }
}
