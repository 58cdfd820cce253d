package org.newsfacts.extract.dates;

import java.util.regex.Pattern;

/**
 * "In the near term", "over the long term", "for the short term": a horizon ahead of the
 * speaker, which TimeML marks as a date with the value FUTURE_REF. SUTime has no rule for it.
 * Only the noun is meant: the adjective ("long-term debt", "the short-term outlook") names no
 * time, so the phrase must follow a preposition and, when hyphenated, end the clause.
 */
final class TimeHorizons {
  static final String VALUE = "FUTURE_REF";

  static final Pattern HORIZON =
      Pattern.compile(
          "(?i)(?<=\\b(?:in|for|over|during|through|into|beyond|of)\\s)the\\s+(?:near|short|long|medium)"
              + "(?:\\s+term\\b(?!\\s*-)|-term(?=\\s*(?:[,.;:!?\"')]|$)))");

  private TimeHorizons() {}
}
