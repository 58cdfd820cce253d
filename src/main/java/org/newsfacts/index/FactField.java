package org.newsfacts.index;

import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;

/**
 * Every Lucene field of the index, with the name a query uses for it. Parent (article) fields
 * and child (fact) fields never share a name, so a query's fields tell which side it runs on.
 */
public enum FactField {
  /** "article" on parents, "fact" on children. */
  DOC_TYPE("doc_type", Side.BOTH),
  /** Article id, on every document of the block so the block can be replaced as one. */
  ARTICLE_ID("article_id", Side.BOTH),
  /** Article source, on every document of the block (a changed file replaces its old block). */
  SOURCE("source", Side.BOTH),
  FINGERPRINT("fingerprint", Side.ARTICLE),
  /**
   * The sources of the article's copies (the same story read from other files), one per line, as
   * a doc value: a copy met later is added in place, without rewriting the article's block.
   */
  COPY("copies", Side.ARTICLE),
  /** The article id on the article document alone: the key of in-place doc-value updates. */
  ARTICLE_KEY("article_key", Side.ARTICLE),
  /** The MinHash signature of the article's story, a doc value, to catch near copies later on. */
  STORY_SIGNATURE("story_signature", Side.ARTICLE),
  TITLE("title", Side.ARTICLE),
  TEXT("text", Side.ARTICLE),
  /** Epoch day: point for ranges, doc value for sorting and year facets; stored as YYYY-MM-DD. */
  PUBLISHED("published", Side.ARTICLE),
  /** The ExtractedArticle as JSON, without its text (stored once, in {@link #TEXT}). */
  ARTICLE_JSON("article_json", Side.ARTICLE),
  PERSON_FACET("facet.person", Side.ARTICLE),
  PLACE_FACET("facet.place", Side.ARTICLE),
  ORG_FACET("facet.org", Side.ARTICLE),
  /** The dimensions (length, currency, count ...) of an article's quantities. */
  QUANTITY_DIMENSION_FACET("facet.quantity.dimension", Side.ARTICLE),
  /** The units of an article's quantities ("kilometre", "US dollar", "troop"). */
  QUANTITY_UNIT_FACET("facet.quantity.unit", Side.ARTICLE),

  KIND("kind", Side.FACT),
  FACT_ORDINAL("fact.ordinal", Side.FACT),
  /** The fact itself, in {@link FactCodec}'s binary form. */
  FACT_DATA("fact.data", Side.FACT),
  SENTENCE("sentence", Side.FACT),
  /** Canonical name, lower-cased and accent-folded: exact, case-insensitive matches. */
  PERSON("person", Side.FACT),
  /** Canonical name analysed into words: partial names ("al-Sudani"). */
  PERSON_NAME("person.name", Side.FACT),
  ROLE("person.role", Side.FACT),
  PLACE("place", Side.FACT),
  PLACE_NAME("place.name", Side.FACT),
  PLACE_SUBTYPE("place.subtype", Side.FACT),
  ORG("org", Side.FACT),
  ORG_NAME("org.name", Side.FACT),
  QUANTITY_VALUE("quantity.value", Side.FACT),
  QUANTITY_UNIT("quantity.unit", Side.FACT),
  /** length, area, currency, count ...: one keyword. */
  QUANTITY_DIMENSION("quantity.dimension", Side.FACT),
  /** The value in the SI base unit of its dimension (metres, kilograms, seconds). */
  QUANTITY_SI_VALUE("quantity.si_value", Side.FACT),
  /** ISO 4217 code of an amount of money. */
  QUANTITY_CURRENCY("quantity.currency", Side.FACT),
  /** The qualifier: = ~ > < up down. */
  QUANTITY_CHANGE("quantity.change", Side.FACT),
  /** The sentence date of a quantity, as an epoch-day range. */
  QUANTITY_DATE("quantity.date", Side.FACT),
  /** The date of an event, as an epoch-day range ("2024-01" covers the whole month). */
  EVENT_DATE("event.date", Side.FACT),
  EVENT_TIMEX("event.timex", Side.FACT);

  /** Which documents of a block carry a field. */
  public enum Side {
    ARTICLE,
    FACT,
    BOTH
  }

  /** DOC_TYPE value of parent documents. */
  public static final String ARTICLE = "article";

  /** DOC_TYPE value of child documents. */
  public static final String FACT = "fact";

  private static final Set<String> FACT_FIELD_NAMES =
      Set.of(
          java.util.Arrays.stream(values())
              .filter(f -> f.side == Side.FACT)
              .map(f -> f.name)
              .toArray(String[]::new));

  private final String name;
  private final Side side;

  FactField(String name, Side side) {
    this.name = name;
    this.side = side;
  }

  /** The Lucene field name, which is also the name queries use. */
  public String fieldName() {
    return name;
  }

  public Side side() {
    return side;
  }

  /** True when {@code fieldName} is a field of fact (child) documents. */
  public static boolean isFactField(String fieldName) {
    return FACT_FIELD_NAMES.contains(fieldName);
  }

  /** The constant with this field name, or {@code null}. */
  public static FactField byName(String fieldName) {
    for (FactField field : values()) {
      if (field.name.equals(fieldName)) {
        return field;
      }
    }
    return null;
  }

  /** A query for documents whose keyword field holds exactly {@code value}. */
  public Query exact(String value) {
    return new TermQuery(new Term(name, value));
  }

  /** Matches every article (parent) document. */
  public static Query articles() {
    return DOC_TYPE.exact(ARTICLE);
  }

  /** Matches every fact (child) document. */
  public static Query facts() {
    return DOC_TYPE.exact(FACT);
  }

  /** The parent filter block joins need; caches one bit set per segment. */
  public static BitSetProducer articleBits() {
    return new QueryBitSetProducer(articles());
  }

  /** The form names take in the exact-name fields: lower case, accents folded, single spaces. */
  public static String nameKey(String name) {
    String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
    folded = folded.replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
  }
}
