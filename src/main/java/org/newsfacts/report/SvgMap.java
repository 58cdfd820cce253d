package org.newsfacts.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An inline SVG world map with one mark per place, its area proportional to the number of
 * articles naming the place. The land outline is Natural Earth's (public domain, via the
 * world-atlas package; {@code dev/geodata.mjs}) in plate carrée: x = longitude + 180, y = 90 −
 * latitude, cut at 60° S.
 */
final class SvgMap {
  static final String RESOURCE = "world-land.svgpath";
  private static final double WIDTH = 360;
  private static final double HEIGHT = 150;
  private static final double MAX_RADIUS = 6;
  private static final double MIN_RADIUS = 0.8;

  private SvgMap() {}

  // The outline (some 37 kB) is read once, on the first map drawn.
  private static final class Land {
    static final String PATH = read();

    private static String read() {
      try (InputStream in = SvgMap.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /** The map of the places that have coordinates; biggest marks drawn first, so small ones stay visible. */
  static String of(String title, List<EntityTally> places) {
    List<EntityTally> located =
        places.stream()
            .filter(p -> p.lat() != null && p.lon() != null)
            .sorted(Comparator.comparingInt(EntityTally::articles).reversed())
            .toList();
    int max = located.stream().mapToInt(EntityTally::articles).max().orElse(1);
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg data-chart=\"map\" class=\"chart map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\""
            + " role=\"img\" aria-label=\"%s\"><title>%s</title>",
        WIDTH, HEIGHT, Html.escape(title), Html.escape(title)));
    svg.append("<rect width=\"360\" height=\"150\" class=\"sea\"/>");
    svg.append("<path class=\"land\" d=\"").append(Land.PATH).append("\"/>");
    for (EntityTally place : located) {
      double x = Math.max(0, Math.min(WIDTH, place.lon() + 180));
      double y = Math.max(0, Math.min(HEIGHT, 90 - place.lat()));
      double r = Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt((double) place.articles() / max));
      String tip = place.name() + (place.country() == null ? "" : " (" + place.country() + ")") + ": "
          + place.articles() + (place.articles() == 1 ? " article" : " articles");
      svg.append(String.format(Locale.ROOT,
          "<circle class=\"place\" cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" data-articles=\"%d\"><title>%s</title></circle>",
          x, y, r, place.articles(), Html.escape(tip)));
    }
    return svg.append("</svg>").toString();
  }
}
