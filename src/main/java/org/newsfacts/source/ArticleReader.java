package org.newsfacts.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.newsfacts.fact.Article;
import org.newsfacts.fact.Json;

/** TEMPORARY until the source branch lands. */
public final class ArticleReader {
  public void read(Path path, ArticleHandler handler) {
    for (Path file : files(path)) {
      try {
        if (file.toString().endsWith(".jsonl")) {
          for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) continue;
            JsonNode n = Json.MAPPER.readTree(line);
            String pub = n.path("published").isTextual() ? n.get("published").asText().substring(0, 10) : null;
            handler.article(new Article(n.get("id").asText(), file + "#" + n.get("id").asText(),
                n.path("title").asText(null), List.of(), pub, n.get("text").asText()));
          }
        } else {
          String text = Files.readString(file);
          handler.article(new Article(id(text), file.toString(), text.lines().findFirst().orElse(null), List.of(), null, text));
        }
      } catch (Exception e) {
        handler.failed(file.toString(), "could not read", String.valueOf(e.getMessage()));
      }
    }
  }

  public List<Path> files(Path path) {
    try (Stream<Path> s = Files.walk(path)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String id(String text) {
    try {
      return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
