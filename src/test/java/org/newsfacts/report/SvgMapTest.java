package org.newsfacts.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgMapTest {
  private static final Pattern POINT = Pattern.compile("([ML])(-?[\\d.]+) (-?[\\d.]+)");

  private static EntityTally place(String name, int articles, Double lat, Double lon, String country) {
    return new EntityTally(name, "", articles, articles, List.of(), List.of(), lat, lon, country);
  }

  private static String landPath(String svg) {
    Matcher m = Pattern.compile("<path class=\"land\" d=\"([^\"]*)\"").matcher(svg);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void noLandEdgeRunsAcrossTheMap() {
    String svg = SvgMap.of("Places", List.of());

    // Outlines that cross the antimeridian (Fiji, Chukotka) are cut by the map's edge, not joined
    // by a line from one side of the map to the other.
    List<String> longEdges = new ArrayList<>();
    Matcher m = POINT.matcher(landPath(svg));
    double[] previous = null;
    while (m.find()) {
      double[] point = {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))};
      if (m.group(1).equals("L") && previous != null && Math.abs(point[0] - previous[0]) > 90) {
        longEdges.add(previous[0] + "," + previous[1] + " -> " + point[0] + "," + point[1]);
      }
      previous = point;
    }
    assertThat(longEdges).isEmpty();
  }

  @Test
  void theLandReachesBothEdgesWhereItCrossesTheAntimeridian() {
    String path = landPath(SvgMap.of("Places", List.of()));

    // Fiji at 16-18 degrees south lies on both sides of 180 degrees: y = 90 + 17 = 107.
    assertThat(path).containsPattern("[ML]\\d(\\.5)? 10[67]");
    assertThat(path).containsPattern("[ML]3(59|6\\d)(\\.5)? 10[67]");
  }

  @Test
  void placesAreMarkedWhereTheyAreSizedByArticles() {
    String svg =
        SvgMap.of(
            "Places",
            List.of(
                place("Tokyo", 4, 35.6895, 139.69171, "JP"),
                place("Suva", 1, -18.14, 178.44, "FJ"),
                place("Atlantis", 9, null, null, null)));

    assertThat(svg).startsWith("<svg data-chart=\"map\"");
    assertThat(svg).contains("cx=\"319.69\" cy=\"54.31\" r=\"6.00\"");
    assertThat(svg).contains("cx=\"358.44\" cy=\"108.14\" r=\"3.00\"");
    assertThat(svg).doesNotContain("Atlantis");
  }
}
