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
    for (Element script : page.select(CssQueries.of("script[type=application/ld+json]"))) {
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

  private static String pageDate(JsonNode json) {
    JsonNode page = JsonLdNodes.first(json, node -> isPage(node) && published(node) != null);
    return page == null ? null : published(page);
  }

  private static boolean isPage(JsonNode node) {
    return JsonLdNodes.hasType(node, name -> PAGE_TYPE.matcher(name).matches());
  }

  /** The node's own plausible {@code datePublished}, or {@code null}. */
  private static String published(JsonNode node) {
    JsonNode published = node.get("datePublished");
    return published != null && published.isValueNode() ? PageDates.plausible(published.asText()) : null;
  }
}
