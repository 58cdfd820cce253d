/**
 * Numbers, money, percentages and measures: {@link org.newsfacts.extract.numbers.QuantityNormalizer}
 * turns "$1.8 bln", "two-thirds" or "5 to 10 mln" into a number (or range) and a currency, {@link
 * org.newsfacts.extract.numbers.MissedAmounts} and {@link
 * org.newsfacts.extract.numbers.NumericMentions} make mentions of them, and {@link
 * org.newsfacts.extract.numbers.QuantityFinder} makes a quantity fact of every number that counts
 * or measures something: its unit ({@link org.newsfacts.extract.numbers.UnitSpellings} reads news
 * spellings, {@link org.newsfacts.extract.numbers.MeasureUnits} converts to SI with Indriya, the
 * JSR 385 reference implementation; {@code UnitReader} picks currency, unit or counted noun, and
 * {@code CountedNouns} names what a count counts), its
 * dimension and its qualifier ({@link org.newsfacts.extract.numbers.ChangeMarkers}).
 *
 * <p>To add a unit: give it a canonical name and JSR 385 unit in {@code MeasureUnits} (its
 * dimension comes from the unit) and its spellings in {@code unit-spellings.tsv}.
 */
package org.newsfacts.extract.numbers;
