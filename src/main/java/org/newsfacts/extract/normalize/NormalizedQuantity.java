package org.newsfacts.extract.normalize;

/** TEMPORARY until the numbers branch lands. */
public record NormalizedQuantity(java.math.BigDecimal value, String currency, boolean percent) {}
