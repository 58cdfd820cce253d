package org.newsfacts.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.newsfacts.index.DateRanges;
import org.newsfacts.index.FactField;

/**
 * Classic Lucene query syntax over title and text, where the fact fields mean what a user
 * expects: {@code person:al-Sudani} matches a name or part of it in any case, {@code
 * published:[2024-01 TO 2024-06]} and {@code event.date:2024-01} are date ranges, {@code
 * quantity.value:[1000 TO *]} is numeric. Unknown fields are errors rather than silent misses.
 * Fact clauses come out as plain child-document queries; {@link JoinPlanner} joins them.
 */
final class FactQueryParser extends MultiFieldQueryParser {
  static final List<String> USER_FIELDS =
      List.of(
          "title", "text", "published", "person", "person.role", "place", "place.subtype", "org",
          "kind", "quantity.value", "quantity.unit", "quantity.dimension", "quantity.si_value",
          "quantity.currency", "quantity.change", "quantity.date", "event.date", "sentence");

  private final NameAliases aliases;

  FactQueryParser(Analyzer analyzer) {
    this(analyzer, NameAliases.NONE);
  }

  FactQueryParser(Analyzer analyzer, NameAliases aliases) {
    super(
        new String[] {FactField.TITLE.fieldName(), FactField.TEXT.fieldName()},
        analyzer,
        Map.of(FactField.TITLE.fieldName(), 2f, FactField.TEXT.fieldName(), 1f));
    // "troops iraq" should mean both words, as in every web search box.
    setDefaultOperator(QueryParser.Operator.AND);
    this.aliases = aliases;
    // A word the analyser splits ("al-Abbasi", "COVID-19", "U.S.-led") is one phrase, not
    // its parts anywhere in the article. Lucene allows this only when the parser splits the
    // query at white space itself, which the English analyser (no multi-word synonyms) never needs.
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    FactField known = known(field);
    if (known == null) {
      return super.getFieldQuery(field, text, quoted);
    }
    switch (known) {
      case PERSON:
        return nameQuery(FactField.PERSON, FactField.PERSON_NAME, text, "person");
      case PLACE:
        return nameQuery(FactField.PLACE, FactField.PLACE_NAME, text, "place");
      case ORG:
        return nameQuery(FactField.ORG, FactField.ORG_NAME, text, "org");
      case KIND:
      case PLACE_SUBTYPE:
      case QUANTITY_DIMENSION:
      case QUANTITY_CURRENCY:
      case QUANTITY_CHANGE:
        return known.exact(FactField.nameKey(text));
      case PUBLISHED:
      case QUANTITY_DATE:
      case EVENT_DATE:
        return getRangeQuery(field, text, text, true, true);
      case QUANTITY_VALUE:
      case QUANTITY_SI_VALUE:
        return DoublePoint.newExactQuery(field, number(field, text));
      default:
        return super.getFieldQuery(field, text, quoted);
    }
  }

  // The multi-field parent sends quoted text ("Adam Smith") here, past the method above.
  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    FactField known = known(field);
    if (known == null || known == FactField.TITLE || known == FactField.TEXT) {
      return super.getFieldQuery(field, text, slop);
    }
    return getFieldQuery(field, text, true);
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    FactField known = known(field);
    if (known == null) {
      return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }
    switch (known) {
      case PUBLISHED:
        int[] days = dayRange(field, part1, part2, startInclusive, endInclusive);
        return IntPoint.newRangeQuery(field, days[0], days[1]);
      case QUANTITY_DATE:
      case EVENT_DATE:
        int[] range = dayRange(field, part1, part2, startInclusive, endInclusive);
        return IntRange.newIntersectsQuery(field, new int[] {range[0]}, new int[] {range[1]});
      case QUANTITY_VALUE:
      case QUANTITY_SI_VALUE:
        double low = isOpen(part1) ? Double.NEGATIVE_INFINITY : number(field, part1);
        double high = isOpen(part2) ? Double.POSITIVE_INFINITY : number(field, part2);
        low = startInclusive || isOpen(part1) ? low : Math.nextUp(low);
        high = endInclusive || isOpen(part2) ? high : Math.nextDown(high);
        return DoublePoint.newRangeQuery(field, low, high);
      case TITLE:
      case TEXT:
      case SENTENCE:
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
      default:
        throw new ParseException("ranges do not apply to field " + field);
    }
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    String words = wordField(field);
    return pattern(() -> super.getPrefixQuery(words, termStr));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if ("*".equals(field) && "*".equals(termStr)) {
      return super.getWildcardQuery(field, termStr); // *:* means everything
    }
    String words = wordField(field);
    return pattern(() -> super.getWildcardQuery(words, termStr));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    String words = wordField(field);
    return pattern(() -> super.getFuzzyQuery(words, termStr, minSimilarity));
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    String words = wordField(field);
    return pattern(() -> super.getRegexpQuery(words, termStr));
  }

  /** Builds a pattern query; Lucene refuses a malformed or too complex pattern unchecked. */
  private static Query pattern(PatternQuery build) throws ParseException {
    try {
      return build.get();
    } catch (IllegalArgumentException | TooComplexToDeterminizeException e) {
      throw new ParseException("cannot use this pattern: " + e.getMessage());
    }
  }

  private interface PatternQuery {
    Query get() throws ParseException;
  }

  // Exact name key, or the name's words as a phrase ("al-Sudani" → "al sudani"), or exactly
  // another name of the same entity in the archive ("Reagan" alone for "Ronald Reagan").
  private Query nameQuery(FactField exact, FactField words, String text, String field) {
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    either.add(exact.exact(FactField.nameKey(text)), BooleanClause.Occur.SHOULD);
    for (String alias : aliases.of(field, text)) {
      either.add(exact.exact(FactField.nameKey(alias)), BooleanClause.Occur.SHOULD);
    }
    Query phrase = createPhraseQuery(words.fieldName(), text);
    if (phrase != null) {
      either.add(phrase, BooleanClause.Occur.SHOULD);
    }
    return either.build();
  }

  // Wildcards on names run on their words; on numbers and dates they make no sense.
  private String wordField(String field) throws ParseException {
    FactField known = known(field);
    if (known == null) {
      return field;
    }
    switch (known) {
      case PERSON:
        return FactField.PERSON_NAME.fieldName();
      case PLACE:
        return FactField.PLACE_NAME.fieldName();
      case ORG:
        return FactField.ORG_NAME.fieldName();
      case PUBLISHED:
      case QUANTITY_VALUE:
      case QUANTITY_DATE:
      case EVENT_DATE:
        throw new ParseException("wildcards do not apply to field " + field);
      default:
        return field;
    }
  }

  // null for the default fields (handled by the multi-field parent); error for unknown fields.
  private static FactField known(String field) throws ParseException {
    if (field == null) {
      return null;
    }
    FactField known = FactField.byName(field);
    if (known == null || !USER_FIELDS.contains(field) && !field.endsWith(".name")) {
      throw new ParseException(
          "unknown field '" + field + "' (fields: " + String.join(", ", USER_FIELDS) + ")");
    }
    return known;
  }

  private static boolean isOpen(String part) {
    return part == null || "*".equals(part);
  }

  private static double number(String field, String text) throws ParseException {
    try {
      return Double.parseDouble(text.replace(",", ""));
    } catch (NumberFormatException e) {
      throw new ParseException(field + " needs a number, not '" + text + "'");
    }
  }

  private static int[] dayRange(
      String field, String from, String to, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    try {
      int low = isOpen(from) ? Integer.MIN_VALUE : DateRanges.parse(from).first();
      int high = isOpen(to) ? Integer.MAX_VALUE : DateRanges.parse(to).last();
      // {2024 TO 2025} excludes the whole of 2024 and 2025, as the syntax reads.
      low = startInclusive || isOpen(from) ? low : DateRanges.parse(from).last() + 1;
      high = endInclusive || isOpen(to) ? high : DateRanges.parse(to).first() - 1;
      return new int[] {low, high};
    } catch (IllegalArgumentException e) {
      throw new ParseException(field + ": " + e.getMessage());
    }
  }
}
