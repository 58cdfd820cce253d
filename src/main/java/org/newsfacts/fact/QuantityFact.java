package org.newsfacts.fact;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number tied to what it counts: "2,500 U.S. troops stationed in Iraq".
 *
 * @param value the normalised number (2500; 1.8E9 for "$1.8 bln")
 * @param unit what is counted ("troops", "bags"), "percent", or the currency code for money
 * @param currency ISO 4217 code for amounts of money, else {@code null}
 * @param text the number as written
 * @param place the place of the sentence, or {@code null}
 * @param date the TIMEX3 date of the sentence, or {@code null}
 * @param start offset of the number
 * @param end end of the phrase the fact was read from
 * @param sentence the sentence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuantityFact(
    BigDecimal value,
    String unit,
    String currency,
    String text,
    String place,
    String date,
    int start,
    int end,
    String sentence)
    implements Fact {
  public QuantityFact {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
  }
}
