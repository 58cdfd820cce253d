package org.newsfacts.fact;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Checks for the one date format articles carry: ISO {@code YYYY-MM-DD}. */
public final class PublicationDates {
  private PublicationDates() {}

  /** True when {@code value} is a valid calendar date written as {@code YYYY-MM-DD}. */
  public static boolean isIsoDate(String value) {
    if (value == null || value.length() != 10) {
      return false;
    }
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
