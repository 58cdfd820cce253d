package org.newsfacts.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.newsfacts.fact.EventFact;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.OrganizationFact;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.fact.PlaceFact;
import org.newsfacts.fact.QuantityFact;

/** Short plain-text statements of facts, shared by search output and every report format. */
public final class FactDescriptions {
  private FactDescriptions() {}

  /**
   * The fact in a few words, without its sentence: "Mohammed Shia al-Sudani (Prime Minister)",
   * "Iraq (COUNTRY, IQ; 33, 44)", "Mosul (CITY, IQ; 36.335, 43.1189)", "2500 troops — Iraq —
   * 2024-09-27", "2024-01 — Jordan".
   */
  public static String describe(Fact fact) {
    if (fact instanceof PersonFact person) {
      return person.name() + parenthesised(person.role());
    } else if (fact instanceof PlaceFact place) {
      String where = join(", ", place.subtype(), place.iso() != null ? place.iso() : place.country());
      return place.name() + parenthesised(join("; ", where, point(place)));
    } else if (fact instanceof OrganizationFact org) {
      return org.name();
    } else if (fact instanceof QuantityFact quantity) {
      return join(" — ", join(" ", amount(quantity), quantity.unit()), quantity.place(), quantity.date());
    }
    EventFact event = (EventFact) fact;
    List<String> who = new ArrayList<>(event.people());
    who.addAll(event.places());
    return join(" — ", event.date(), who.isEmpty() ? null : String.join(", ", who));
  }

  private static String point(PlaceFact place) {
    return place.lat() == null || place.lon() == null
        ? null
        : number(BigDecimal.valueOf(place.lat())) + ", " + number(BigDecimal.valueOf(place.lon()));
  }

  /**
   * A quantity's value with its qualifier: "2500", "~900", ">30", "120–150", "up 5", "down 3".
   */
  public static String amount(QuantityFact quantity) {
    String value = number(quantity.value());
    if (quantity.isRange()) {
      value += "–" + number(quantity.high());
    }
    String change = quantity.change();
    if (change.equals("up") || change.equals("down")) {
      return change + " " + value;
    }
    return change.equals("=") ? value : change + value;
  }

  /** A number as written in plain digits: 2500, 1800000000, 2.5. */
  public static String number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /** Text on one line: line breaks and runs of white space become single spaces. */
  public static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }

  private static String parenthesised(String text) {
    return text == null || text.isEmpty() ? "" : " (" + text + ")";
  }

  private static String join(String separator, String... parts) {
    List<String> present = new ArrayList<>();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        present.add(part);
      }
    }
    return present.isEmpty() ? null : String.join(separator, present);
  }
}
