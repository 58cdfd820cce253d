/**
 * Numbers, money and percentages: {@link org.newsfacts.extract.numbers.QuantityNormalizer} turns
 * "$1.8 bln" into a number and a currency, {@link org.newsfacts.extract.numbers.MissedAmounts} and
 * {@link org.newsfacts.extract.numbers.NumericMentions} make mentions of them, and {@link
 * org.newsfacts.extract.numbers.QuantityFinder} finds what each counts.
 */
package org.newsfacts.extract.numbers;
