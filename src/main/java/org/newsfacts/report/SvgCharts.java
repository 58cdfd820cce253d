package org.newsfacts.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Inline SVG charts: no scripts, no external resources, every label escaped. */
final class SvgCharts {
  private static final int BAR_HEIGHT = 18;
  private static final int LABEL_WIDTH = 220;
  private static final int BAR_AREA = 360;
  private static final int MAX_LABEL = 32;

  private SvgCharts() {}

  /** Horizontal bars: one per entity, as long as the number of articles naming it. */
  static String bars(String title, List<EntityTally> tallies) {
    int max = tallies.stream().mapToInt(EntityTally::articles).max().orElse(1);
    int height = tallies.size() * (BAR_HEIGHT + 4) + 4;
    StringBuilder svg = open(title, LABEL_WIDTH + BAR_AREA + 60, height);
    int y = 4;
    for (EntityTally tally : tallies) {
      int width = Math.max(1, Math.round((float) BAR_AREA * tally.articles() / max));
      String tip = tally.name() + ": " + tally.articles() + " articles, " + tally.mentions() + " mentions";
      svg.append("<g><title>").append(Html.escape(tip)).append("</title>");
      svg.append(text(LABEL_WIDTH - 6, y + 13, "end", shorten(tally.name())));
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"bar\"/>",
          LABEL_WIDTH, y, width, BAR_HEIGHT));
      svg.append(text(LABEL_WIDTH + width + 4, y + 13, "start", Integer.toString(tally.articles())));
      svg.append("</g>");
      y += BAR_HEIGHT + 4;
    }
    return svg.append("</svg>").toString();
  }

  /**
   * Columns of dated facts per month, or per year when the dates span more than three years
   * (facts dated only to a year count in their year's first month on a monthly axis).
   */
  static String timeline(String title, List<Timeline.Dated> all) {
    // A misread year ("0012") would stretch the axis over centuries; such facts stay in tables.
    List<Timeline.Dated> dated = all.stream().filter(d -> d.year() >= 1900 && d.year() <= 2100).toList();
    if (dated.isEmpty()) {
      return "";
    }
    Timeline.Dated earliest = dated.stream().min(Comparator.comparing(Timeline.Dated::date)).orElseThrow();
    int first = earliest.year();
    int last = dated.stream().mapToInt(Timeline.Dated::year).max().orElse(first);
    boolean byYear = last - first > 3;
    Map<Integer, Integer> counts = new TreeMap<>();
    for (Timeline.Dated d : dated) {
      counts.merge(byYear ? d.year() : d.year() * 12 + Math.max(0, d.month() - 1), 1, Integer::sum);
    }
    int from = byYear ? first : first * 12 + Math.max(0, earliest.month() - 1);
    int to = counts.keySet().stream().mapToInt(Integer::intValue).max().orElse(from);
    int columns = to - from + 1;
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    int columnWidth = Math.max(6, Math.min(40, 720 / columns));
    int chartHeight = 120;
    StringBuilder svg = open(title, columns * columnWidth + 40, chartHeight + 40);
    int labelEvery = Math.max(1, (int) Math.ceil((byYear ? 32.0 : 48.0) / columnWidth));
    for (int i = 0; i < columns; i++) {
      int key = from + i;
      int count = counts.getOrDefault(key, 0);
      int x = 20 + i * columnWidth;
      String label = byYear ? Integer.toString(key) : String.format(Locale.ROOT, "%d-%02d", key / 12, key % 12 + 1);
      if (count > 0) {
        int h = Math.max(2, Math.round((float) chartHeight * count / max));
        svg.append("<g><title>").append(Html.escape(label + ": " + count + " dated facts")).append("</title>");
        svg.append(String.format(Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"bar\"/></g>",
            x + 1, 10 + chartHeight - h, columnWidth - 2, h));
      }
      if (i % labelEvery == 0) {
        svg.append(text(x + columnWidth / 2, chartHeight + 28, "middle", label));
      }
    }
    svg.append(text(16, 20, "end", Integer.toString(max))); // the scale: the tallest column
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"20\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>",
        10 + chartHeight, 20 + columns * columnWidth, 10 + chartHeight));
    return svg.append("</svg>").toString();
  }

  // As wide as the column and never wider than drawn (width 100%, max-width): the viewBox scales
  // the drawing down on a narrow page instead of letting it overflow.
  private static StringBuilder open(String title, int width, int height) {
    return new StringBuilder()
        .append(String.format(Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\""
                + " width=\"100%%\" preserveAspectRatio=\"xMinYMin meet\" style=\"max-width:%dpx\""
                + " role=\"img\" aria-label=\"%s\">",
            width, height, width, Html.escape(title)));
  }

  private static String text(int x, int y, String anchor, String content) {
    return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>",
        x, y, anchor, Html.escape(content));
  }

  private static String shorten(String name) {
    return name.length() <= MAX_LABEL ? name : name.substring(0, MAX_LABEL - 1) + "…";
  }
}
