package org.newsfacts.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.Json;

/**
 * The Parquet tables a Spark ingest writes, so later stages (entity merging, geocoding, Spark
 * SQL) start from the facts without redoing the NLP: {@code articles}, one row per article, and
 * {@code facts}, one row per fact with its article's id, kind, fields, sentence and span.
 *
 * <p>Fact fields are columns named as in the JSON of {@code extract} (a kind's columns are null
 * for the other kinds); the column {@code fact} keeps each fact's whole JSON, so a field added to
 * a kind later is never lost before it gets a column of its own.
 */
final class FactRows {
  static final StructType ARTICLES =
      new StructType(
          new StructField[] {
            column("id", DataTypes.StringType, false),
            column("source", DataTypes.StringType, false),
            column("title", DataTypes.StringType, true),
            column("authors", DataTypes.createArrayType(DataTypes.StringType, false), false),
            column("published", DataTypes.StringType, true),
            column("text", DataTypes.StringType, false),
            column("fact_count", DataTypes.IntegerType, false),
            column("mention_count", DataTypes.IntegerType, false),
            column("mentions", DataTypes.StringType, false),
          });

  /** The fact fields with a column of their own, in JSON name order; value is read apart. */
  private static final String[] TEXT_FIELDS = {
    "name", "role", "subtype", "iso", "unit", "dimension", "currency", "change", "text", "place",
    "date"
  };

  static final StructType FACTS = factSchema();

  private FactRows() {}

  static Row article(ExtractedArticle article) {
    return RowFactory.create(
        article.id(),
        article.source(),
        article.title(),
        article.authors().toArray(String[]::new),
        article.published(),
        article.text(),
        article.facts().size(),
        article.mentions().size(),
        json(article.mentions()));
  }

  static List<Row> facts(ExtractedArticle article) {
    List<Row> rows = new ArrayList<>();
    List<Fact> facts = article.facts();
    for (int ordinal = 0; ordinal < facts.size(); ordinal++) {
      rows.add(fact(article.id(), ordinal, facts.get(ordinal)));
    }
    return rows;
  }

  private static Row fact(String articleId, int ordinal, Fact fact) {
    JsonNode fields = Json.MAPPER.valueToTree(fact);
    List<Object> values = new ArrayList<>();
    values.add(articleId);
    values.add(ordinal);
    values.add(fact.kind());
    for (String field : TEXT_FIELDS) {
      values.add(text(fields.get(field)));
    }
    JsonNode mentions = fields.get("mentions");
    values.add(mentions != null && mentions.canConvertToInt() ? mentions.intValue() : null);
    // A range is [low, high] in JSON: its low end is the value, its high end a column of its own.
    JsonNode value = fields.get("value");
    JsonNode high = null;
    if (value != null && value.isArray() && value.size() == 2) {
      high = value.get(1);
      value = value.get(0);
    }
    values.add(number(value));
    values.add(value != null && value.isNumber() ? value.decimalValue().toPlainString() : null);
    values.add(number(high));
    values.add(number(fields.get("si_value")));
    values.add(strings(fields.get("people")));
    values.add(strings(fields.get("places")));
    values.add(fact.start());
    values.add(fact.end());
    values.add(fact.sentence());
    values.add(fields.toString());
    return RowFactory.create(values.toArray());
  }

  private static StructType factSchema() {
    List<StructField> columns = new ArrayList<>();
    columns.add(column("article_id", DataTypes.StringType, false));
    columns.add(column("ordinal", DataTypes.IntegerType, false));
    columns.add(column("kind", DataTypes.StringType, false));
    for (String field : TEXT_FIELDS) {
      columns.add(column(field, DataTypes.StringType, true));
    }
    columns.add(column("mentions", DataTypes.IntegerType, true));
    columns.add(column("value", DataTypes.DoubleType, true));
    // The exact number as written by extract ("1800000000"), which a double may round.
    columns.add(column("value_exact", DataTypes.StringType, true));
    columns.add(column("value_high", DataTypes.DoubleType, true));
    columns.add(column("si_value", DataTypes.DoubleType, true));
    columns.add(column("people", DataTypes.createArrayType(DataTypes.StringType, false), true));
    columns.add(column("places", DataTypes.createArrayType(DataTypes.StringType, false), true));
    columns.add(column("start", DataTypes.IntegerType, false));
    columns.add(column("end", DataTypes.IntegerType, false));
    columns.add(column("sentence", DataTypes.StringType, true));
    columns.add(column("fact", DataTypes.StringType, false));
    return new StructType(columns.toArray(StructField[]::new));
  }

  private static StructField column(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
  }

  private static Double number(JsonNode node) {
    return node != null && node.isNumber() ? node.doubleValue() : null;
  }

  private static String[] strings(JsonNode node) {
    if (node == null || !node.isArray()) {
      return null;
    }
    List<String> values = new ArrayList<>();
    node.forEach(value -> values.add(value.asText()));
    return values.toArray(String[]::new);
  }

  private static String json(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
