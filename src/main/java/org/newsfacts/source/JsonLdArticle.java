package org.newsfacts.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsfacts.fact.Json;

/**
 * The article object of a page's JSON-LD ({@code NewsArticle}, {@code Article},
 * {@code BlogPosting}...), found at the top level, in an array or in {@code @graph}.
 */
record JsonLdArticle(
    String headline, List<String> authors, String datePublished, String articleBody) {
  private static final JsonLdArticle NONE = new JsonLdArticle(null, List.of(), null, null);

  static JsonLdArticle find(Document page) {
    for (Element script : page.select(CssQueries.of("script[type=application/ld+json]"))) {
      try {
        JsonNode found = articleNode(Json.MAPPER.readTree(script.data()));
        if (found != null) {
          return new JsonLdArticle(
              text(found.get("headline")),
              names(found.get("author")),
              text(found.get("datePublished")),
              text(found.get("articleBody")));
        }
      } catch (Exception e) {
        // Broken JSON-LD is common; the other metadata sources still apply.
      }
    }
    return NONE;
  }

  private static JsonNode articleNode(JsonNode node) {
    return JsonLdNodes.first(node, n -> JsonLdNodes.hasType(n, JsonLdArticle::isArticleType));
  }

  private static boolean isArticleType(String name) {
    return name.endsWith("Article") || name.equals("BlogPosting") || name.equals("Report");
  }

  private static List<String> names(JsonNode author) {
    List<String> names = new ArrayList<>();
    if (author == null) {
      return names;
    }
    if (author.isArray()) {
      author.forEach(a -> names.addAll(names(a)));
    } else if (author.isObject()) {
      String name = text(author.get("name"));
      if (name != null) {
        names.add(name);
      }
    } else if (author.isTextual() && !author.asText().isBlank()) {
      names.add(author.asText());
    }
    return names;
  }

  private static String text(JsonNode value) {
    return value == null || !value.isValueNode() || value.asText().isBlank() ? null : value.asText();
  }
}
