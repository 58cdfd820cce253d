package org.newsfacts.extract.numbers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a table of this package's resources: one entry a line, "value TAB name|name|...", "#"
 * for comments ({@code currencies.tsv}, {@code unit-spellings.tsv}).
 */
final class NameTable {
  private NameTable() {}

  /** Every name, as {@code key} turns it, mapped to the value of its line. */
  static Map<String, String> load(String resource, Function<String, String> key) {
    Map<String, String> values = new HashMap<>();
    try (InputStream in = NameTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        for (String name : columns[1].split("\\|")) {
          String k = key.apply(name);
          if (k.isEmpty()) {
            throw new IllegalStateException(resource + ": a name that reads as a number: " + name);
          }
          values.put(k, columns[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(values);
  }
}
