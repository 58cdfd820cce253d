package org.newsfacts.fact;

/** What a mention names or measures; the names are the ones CoreNLP and TIMEX3 use. */
public enum MentionType {
  PERSON,
  LOCATION,
  ORGANIZATION,
  MISC,
  NUMBER,
  ORDINAL,
  MONEY,
  PERCENT,
  DATE,
  TIME,
  DURATION,
  SET;

  /** Dates, times, durations and sets carry a TIMEX3 string value. */
  public boolean isTemporal() {
    return this == DATE || this == TIME || this == DURATION || this == SET;
  }

  /** Numbers, ordinals, money and percentages carry a numeric value. */
  public boolean isNumeric() {
    return this == NUMBER || this == ORDINAL || this == MONEY || this == PERCENT;
  }

  /** People, places and organisations carry a canonical name. */
  public boolean isNamedEntity() {
    return this == PERSON || this == LOCATION || this == ORGANIZATION;
  }
}
