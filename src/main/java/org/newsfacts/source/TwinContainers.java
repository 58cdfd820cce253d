package org.newsfacts.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Elements elsewhere on a page that carry the same tag and class as the chosen content:
 * publishing systems that break an article around figures or ads repeat its body container.
 */
final class TwinContainers {
  private static final int MIN_TWIN_CHARS = 200;
  private static final double MAX_TWIN_LINK_DENSITY = 0.3;

  private TwinContainers() {}

  /** {@code content} with its twins, in document order. */
  static List<Element> addTo(Element body, List<Element> content) {
    Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
    chosen.addAll(content);
    Set<String> signatures = new HashSet<>();
    for (Element e : content) {
      if (!e.className().isBlank()) {
        signatures.add(e.normalName() + "." + e.className());
      }
    }
    if (signatures.isEmpty()) {
      return content;
    }
    List<Element> merged = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      boolean twin = signatures.contains(e.normalName() + "." + e.className())
          && e.text().length() >= MIN_TWIN_CHARS && LinkDensity.of(e) < MAX_TWIN_LINK_DENSITY;
      if ((chosen.contains(e) || twin) && !isInside(e, merged) && !holdsAny(e, chosen)) {
        merged.add(e);
      }
    }
    return merged;
  }

  private static boolean isInside(Element e, List<Element> elements) {
    for (Element parent = e.parent(); parent != null; parent = parent.parent()) {
      if (elements.contains(parent)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsAny(Element e, Set<Element> chosen) {
    if (chosen.contains(e)) {
      return false;
    }
    for (Element inner : e.getAllElements()) {
      if (inner != e && chosen.contains(inner)) {
        return true;
      }
    }
    return false;
  }
}
