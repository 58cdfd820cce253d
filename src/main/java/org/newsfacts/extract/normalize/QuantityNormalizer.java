package org.newsfacts.extract.normalize;

import java.util.Optional;

/** TEMPORARY until the numbers branch lands. */
public final class QuantityNormalizer {
  public static Optional<NormalizedQuantity> parse(String text) {
    return Optional.empty();
  }
}
