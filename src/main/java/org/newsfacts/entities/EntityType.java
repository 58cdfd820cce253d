package org.newsfacts.entities;

import java.util.Locale;

/** The three kinds of named entity the archive tracks. */
public enum EntityType {
  PERSON,
  PLACE,
  ORGANIZATION;

  /** The name used on the command line, in JSON and in entity ids: "person", "place", "organization". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type for a label, accepting "org" and "organisation" too. */
  public static EntityType parse(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    return switch (l) {
      case "person", "people", "per" -> PERSON;
      case "place", "places", "location", "loc" -> PLACE;
      case "organization", "organisation", "org", "organizations", "organisations" -> ORGANIZATION;
      default -> throw new IllegalArgumentException(
          "unknown entity type '" + label + "' (person, place or organization)");
    };
  }
}
