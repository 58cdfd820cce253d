package org.newsfacts.fact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A number tied to what it counts or measures: "2,500 U.S. troops stationed in Iraq", "between
 * 120 and 150 kilometres", "more than $2.4bn".
 *
 * <p>In JSON the value is a number, or {@code [low, high]} for a range.
 *
 * @param value the normalised number (2500; 1.8E9 for "$1.8 bln"); the low end of a range
 * @param high the high end of a range ("between 120 and 150"), else {@code null}
 * @param unit one canonical singular name: a unit of measure ("mile", "square foot", "percent",
 *     "percentage point"), a currency's name ("US dollar") or what is counted ("troop",
 *     "polling station"); {@code null} for a bare number
 * @param dimension what kind of quantity: length, area, volume, mass, speed, time, temperature,
 *     energy, power, data, currency, percent, count ...; {@code null} when unknown
 * @param currency ISO 4217 code for amounts of money, else {@code null}
 * @param siValue the value in the SI base unit of its dimension (metres, square metres, kilograms,
 *     seconds, kelvin, joules, watts; bits for data), {@code null} where there is none
 * @param change the qualifier: {@code =} exact, {@code ~} about, {@code >} more than, {@code <}
 *     less than, {@code up} an increase, {@code down} a decrease
 * @param text the number as written
 * @param place the place of the sentence, or {@code null}
 * @param date the TIMEX3 date of the sentence, or {@code null}
 * @param start offset of the number
 * @param end end of the phrase the fact was read from
 * @param sentence the sentence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"value", "unit", "dimension", "currency", "si_value", "change", "text"})
public record QuantityFact(
    @JsonIgnore BigDecimal value,
    @JsonIgnore BigDecimal high,
    String unit,
    String dimension,
    String currency,
    @JsonProperty("si_value") BigDecimal siValue,
    String change,
    String text,
    String place,
    String date,
    int start,
    int end,
    String sentence)
    implements Fact {

  /** The qualifiers a quantity can have. */
  public static final Set<String> CHANGES = Set.of("=", "~", ">", "<", "up", "down");

  public QuantityFact {
    Objects.requireNonNull(value, "value");
    change = change == null ? "=" : change;
    if (!CHANGES.contains(change)) {
      throw new IllegalArgumentException("unknown change " + change);
    }
  }

  /** An exact count or amount without dimension or SI value (the form of older records). */
  public QuantityFact(
      BigDecimal value,
      String unit,
      String currency,
      String text,
      String place,
      String date,
      int start,
      int end,
      String sentence) {
    this(value, null, unit, null, currency, null, "=", text, place, date, start, end, sentence);
  }

  /** Whether the value is a range {@code [value, high]}. */
  @JsonIgnore
  public boolean isRange() {
    return high != null;
  }

  /** The value as JSON has it: a number, or {@code [low, high]}. */
  @JsonProperty("value")
  Object jsonValue() {
    return high == null ? value : List.of(value, high);
  }

  // Delegating: Jackson binds properties by name, and "value" holds either a number or a range.
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static QuantityFact fromJson(Map<String, Object> json) {
    Object value = json.get("value");
    BigDecimal low = value instanceof List<?> range ? number(range.get(0)) : number(value);
    BigDecimal high = value instanceof List<?> range && range.size() > 1 ? number(range.get(1)) : null;
    return new QuantityFact(
        low,
        high,
        (String) json.get("unit"),
        (String) json.get("dimension"),
        (String) json.get("currency"),
        number(json.get("si_value")),
        (String) json.get("change"),
        (String) json.get("text"),
        (String) json.get("place"),
        (String) json.get("date"),
        offset(json.get("start")),
        offset(json.get("end")),
        (String) json.get("sentence"));
  }

  private static int offset(Object value) {
    return value instanceof Number n ? n.intValue() : 0;
  }

  private static BigDecimal number(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof BigDecimal big ? big : new BigDecimal(value.toString());
  }
}
