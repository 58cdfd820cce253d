package org.newsfacts.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsfacts.fact.Json;

/**
 * The {@code datePublished} of a page's JSON-LD when it describes no article ({@link
 * JsonLdArticle}) but the page itself: a social media or forum posting, or the {@code WebPage}
 * node site builders write. Dates of anything else the JSON-LD describes (an event, an offer, an
 * image) are not the page's. XHTML pages wrap the JSON in {@code <![CDATA[ ... ]]>}, which is
 * dropped before reading.
 */
final class JsonLdDates {
  private static final Pattern PAGE_TYPE = Pattern.compile("\\w*Posting|\\w*WebPage|\\w*Article");
  private static final Pattern CDATA = Pattern.compile("^\\s*<!\\[CDATA\\[|]]>\\s*$");

  private JsonLdDates() {}

  /** The first plausible {@code datePublished} of a posting or web page node, or {@code null}. */
  static String ofPage(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        String date = pageDate(Json.MAPPER.readTree(CDATA.matcher(script.data()).replaceAll("")));
        if (date != null) {
          return date;
        }
      } catch (Exception e) {
        // Broken JSON-LD is common; the other date sources still apply.
      }
    }
    return null;
  }

  private static String pageDate(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        String date = pageDate(item);
        if (date != null) {
          return date;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    JsonNode published = node.get("datePublished");
    if (published != null && published.isValueNode() && isPageType(node.get("@type"))) {
      String date = PageDates.plausible(published.asText());
      if (date != null) {
        return date;
      }
    }
    return pageDate(node.get("@graph"));
  }

  private static boolean isPageType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isPageType(t)) {
          return true;
        }
      }
      return false;
    }
    return PAGE_TYPE.matcher(type.asText()).matches();
  }
}
