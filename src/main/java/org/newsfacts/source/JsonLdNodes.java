package org.newsfacts.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Predicate;

/** Walks a page's JSON-LD: objects at the top level, in arrays and in {@code @graph}. */
final class JsonLdNodes {
  private JsonLdNodes() {}

  /** The first object, in document order, that {@code wanted} accepts; {@code null} if none. */
  static JsonNode first(JsonNode node, Predicate<JsonNode> wanted) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        JsonNode found = first(item, wanted);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    return wanted.test(node) ? node : first(node.get("@graph"), wanted);
  }

  /** Whether the object's {@code @type} (one name or several) has a name {@code name} accepts. */
  static boolean hasType(JsonNode node, Predicate<String> name) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (name.test(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return name.test(type.asText());
  }
}
