package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.measure.Dimension;
import javax.measure.IncommensurableException;
import javax.measure.MetricPrefix;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import javax.measure.quantity.Dimensionless;
import si.uom.NonSI;
import systems.uom.common.Imperial;
import systems.uom.common.USCustomary;
import tech.units.indriya.unit.BaseUnit;
import tech.units.indriya.unit.UnitDimension;
import tech.units.indriya.unit.Units;

/**
 * The units of measure news text uses, by canonical singular name ("kilometre", "square foot",
 * "mile per hour"), each with its JSR 385 unit: Indriya converts a value to the SI base unit of
 * its dimension ("5 miles" is 8046.72 metres), and the dimension of the unit names the kind of
 * quantity (length, area, speed ...), so no conversion factor is written here by hand.
 */
public final class MeasureUnits {
  /** A unit: its canonical name, its dimension's name and its JSR 385 unit. */
  public record Measure(String name, String dimension, Unit<?> unit) {
    /** {@code value} in the SI base unit of the dimension (metres, kilograms, seconds, kelvin). */
    public BigDecimal toSi(BigDecimal value) {
      UnitConverter converter;
      try {
        converter = unit.getConverterToAny(unit.getSystemUnit());
      } catch (IncommensurableException e) {
        throw new IllegalStateException("a unit converts to its own system unit", e);
      }
      Number si = converter.convert(value);
      BigDecimal exact = si instanceof BigDecimal b ? b : new BigDecimal(si.toString());
      return NormalizedQuantity.canonical(exact.round(MathContext.DECIMAL64));
    }
  }

  // Information has no SI unit; a base unit of its own keeps bytes apart from plain numbers.
  private static final Unit<Dimensionless> BIT = new BaseUnit<>("bit", UnitDimension.parse('B'));
  private static final Unit<?> BYTE = BIT.multiply(8);

  private static final Map<Dimension, String> DIMENSIONS = dimensions();
  private static final Map<String, Measure> BY_NAME = catalog();

  private MeasureUnits() {}

  /** The unit of that canonical name, if it is a unit of measure. */
  public static Optional<Measure> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  private static Map<Dimension, String> dimensions() {
    Map<Dimension, String> names = new LinkedHashMap<>();
    names.put(Units.METRE.getDimension(), "length");
    names.put(Units.SQUARE_METRE.getDimension(), "area");
    names.put(Units.CUBIC_METRE.getDimension(), "volume");
    names.put(Units.KILOGRAM.getDimension(), "mass");
    names.put(Units.SECOND.getDimension(), "time");
    names.put(Units.METRE_PER_SECOND.getDimension(), "speed");
    names.put(Units.KELVIN.getDimension(), "temperature");
    names.put(Units.JOULE.getDimension(), "energy");
    names.put(Units.WATT.getDimension(), "power");
    names.put(Units.HERTZ.getDimension(), "frequency");
    names.put(Units.VOLT.getDimension(), "voltage");
    names.put(Units.PASCAL.getDimension(), "pressure");
    names.put(Units.NEWTON.getDimension(), "force");
    names.put(Units.COULOMB.getDimension(), "electric charge");
    names.put(BIT.getDimension(), "data");
    return names;
  }

  private static Map<String, Measure> catalog() {
    Map<String, Measure> units = new LinkedHashMap<>();
    add(units, "metre", Units.METRE);
    add(units, "kilometre", MetricPrefix.KILO(Units.METRE));
    add(units, "decimetre", MetricPrefix.DECI(Units.METRE));
    add(units, "centimetre", MetricPrefix.CENTI(Units.METRE));
    add(units, "millimetre", MetricPrefix.MILLI(Units.METRE));
    add(units, "micrometre", MetricPrefix.MICRO(Units.METRE));
    add(units, "nanometre", MetricPrefix.NANO(Units.METRE));
    add(units, "mile", USCustomary.MILE);
    add(units, "nautical mile", USCustomary.NAUTICAL_MILE);
    add(units, "yard", USCustomary.YARD);
    add(units, "foot", USCustomary.FOOT);
    add(units, "inch", USCustomary.INCH);
    add(units, "light year", USCustomary.LIGHT_YEAR);
    add(units, "square metre", Units.SQUARE_METRE);
    add(units, "square kilometre", MetricPrefix.KILO(Units.METRE).pow(2));
    add(units, "square mile", USCustomary.MILE.pow(2));
    add(units, "square foot", USCustomary.SQUARE_FOOT);
    add(units, "square yard", USCustomary.YARD.pow(2));
    add(units, "acre", USCustomary.ACRE);
    add(units, "hectare", USCustomary.HECTARE);
    add(units, "litre", Units.LITRE);
    add(units, "millilitre", MetricPrefix.MILLI(Units.LITRE));
    add(units, "cubic metre", Units.CUBIC_METRE);
    add(units, "cubic foot", USCustomary.CUBIC_FOOT);
    add(units, "gallon", USCustomary.GALLON_LIQUID);
    add(units, "imperial gallon", Imperial.GALLON_UK);
    add(units, "barrel", USCustomary.BARREL);
    add(units, "fluid ounce", USCustomary.FLUID_OUNCE);
    add(units, "cup", USCustomary.CUP);
    add(units, "kilogram", Units.KILOGRAM);
    add(units, "gram", Units.GRAM);
    add(units, "milligram", MetricPrefix.MILLI(Units.GRAM));
    add(units, "microgram", MetricPrefix.MICRO(Units.GRAM));
    add(units, "tonne", NonSI.TONNE);
    add(units, "ton", USCustomary.TON);
    add(units, "pound", USCustomary.POUND);
    add(units, "ounce", USCustomary.OUNCE);
    add(units, "second", Units.SECOND);
    add(units, "millisecond", MetricPrefix.MILLI(Units.SECOND));
    add(units, "minute", Units.MINUTE);
    add(units, "hour", Units.HOUR);
    add(units, "day", Units.DAY);
    add(units, "week", Units.WEEK);
    add(units, "month", Units.MONTH);
    add(units, "year", Units.YEAR);
    add(units, "decade", Units.YEAR.multiply(10));
    add(units, "century", Units.YEAR.multiply(100));
    add(units, "kilometre per hour", Units.KILOMETRE_PER_HOUR);
    add(units, "mile per hour", USCustomary.MILE_PER_HOUR);
    add(units, "metre per second", Units.METRE_PER_SECOND);
    add(units, "knot", USCustomary.KNOT);
    add(units, "degree celsius", Units.CELSIUS);
    add(units, "degree fahrenheit", USCustomary.FAHRENHEIT);
    add(units, "kelvin", Units.KELVIN);
    add(units, "joule", Units.JOULE);
    add(units, "kilojoule", MetricPrefix.KILO(Units.JOULE));
    add(units, "calorie", Units.JOULE.multiply(4.184));
    add(units, "kilocalorie", Units.JOULE.multiply(4184));
    add(units, "kilowatt hour", MetricPrefix.KILO(Units.WATT).multiply(Units.HOUR));
    add(units, "megawatt hour", MetricPrefix.MEGA(Units.WATT).multiply(Units.HOUR));
    add(units, "gigawatt hour", MetricPrefix.GIGA(Units.WATT).multiply(Units.HOUR));
    add(units, "terawatt hour", MetricPrefix.TERA(Units.WATT).multiply(Units.HOUR));
    add(units, "watt", Units.WATT);
    add(units, "kilowatt", MetricPrefix.KILO(Units.WATT));
    add(units, "megawatt", MetricPrefix.MEGA(Units.WATT));
    add(units, "gigawatt", MetricPrefix.GIGA(Units.WATT));
    add(units, "horsepower", USCustomary.HORSEPOWER);
    add(units, "hertz", Units.HERTZ);
    add(units, "kilohertz", MetricPrefix.KILO(Units.HERTZ));
    add(units, "megahertz", MetricPrefix.MEGA(Units.HERTZ));
    add(units, "gigahertz", MetricPrefix.GIGA(Units.HERTZ));
    add(units, "volt", Units.VOLT);
    add(units, "kilovolt", MetricPrefix.KILO(Units.VOLT));
    add(units, "bar", NonSI.BAR);
    add(units, "milliampere hour", MetricPrefix.MILLI(Units.AMPERE).multiply(Units.HOUR));
    add(units, "bit", BIT);
    add(units, "byte", BYTE);
    add(units, "kilobyte", MetricPrefix.KILO(BYTE));
    add(units, "megabyte", MetricPrefix.MEGA(BYTE));
    add(units, "gigabyte", MetricPrefix.GIGA(BYTE));
    add(units, "terabyte", MetricPrefix.TERA(BYTE));
    add(units, "petabyte", MetricPrefix.PETA(BYTE));
    add(units, "megabit", MetricPrefix.MEGA(BIT));
    add(units, "gigabit", MetricPrefix.GIGA(BIT));
    return Map.copyOf(units);
  }

  private static void add(Map<String, Measure> units, String name, Unit<?> unit) {
    String dimension = DIMENSIONS.get(unit.getDimension());
    if (dimension == null) {
      throw new IllegalStateException("no dimension name for " + name + " " + unit.getDimension());
    }
    units.put(name, new Measure(name, dimension, unit));
  }
}
