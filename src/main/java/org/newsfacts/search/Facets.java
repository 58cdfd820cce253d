package org.newsfacts.search;

import java.util.List;

/**
 * Counts over a whole result set: in how many matching articles each person, place and
 * organisation appears, and each dimension and unit of their quantities (most first, at most
 * {@link #TOP}), and how many were published in each year (oldest first).
 */
public record Facets(
    List<FacetCount> people,
    List<FacetCount> places,
    List<FacetCount> organizations,
    List<FacetCount> years,
    List<FacetCount> dimensions,
    List<FacetCount> units) {

  /** Most values listed for people, places and organisations. */
  public static final int TOP = 10;

  public Facets {
    people = List.copyOf(people);
    places = List.copyOf(places);
    organizations = List.copyOf(organizations);
    years = List.copyOf(years);
    dimensions = List.copyOf(dimensions);
    units = List.copyOf(units);
  }

  /** A value and the number of matching articles that have it. */
  public record FacetCount(String value, long count) {}
}
