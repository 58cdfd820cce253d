package org.newsfacts.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.newsfacts.fact.EventFact;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.OrganizationFact;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.fact.PlaceFact;
import org.newsfacts.fact.QuantityFact;

/** Builds the block of Lucene documents for one article: its facts first, then the article. */
final class ArticleDocuments {
  // Offsets in the postings let the highlighter mark matches without re-analysing the text.
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private ArticleDocuments() {}

  /**
   * @param copies the sources of the article's copies, which the index lists with it
   * @param storySignature its story's MinHash values, or {@code null} where none was computed
   */
  static List<Document> block(
      ExtractedArticle article, Collection<String> copies, int[] storySignature) {
    List<Document> block = new ArrayList<>();
    List<Fact> facts = article.facts();
    for (int ordinal = 0; ordinal < facts.size(); ordinal++) {
      block.add(factDocument(article, facts.get(ordinal), ordinal));
    }
    block.add(articleDocument(article, copies, storySignature));
    return block;
  }

  private static Document articleDocument(
      ExtractedArticle article, Collection<String> copies, int[] storySignature) {
    Document doc = blockKeys(article, FactField.ARTICLE);
    doc.add(stored(FactField.ARTICLE_ID, article.id()));
    doc.add(stored(FactField.SOURCE, article.source()));
    doc.add(new StringField(FactField.ARTICLE_KEY.fieldName(), article.id(), Field.Store.NO));
    doc.add(new BinaryDocValuesField(FactField.COPY.fieldName(), ArticleCopies.encode(copies)));
    if (storySignature != null) {
      doc.add(new BinaryDocValuesField(
          FactField.STORY_SIGNATURE.fieldName(), StorySignatures.encode(storySignature)));
    }
    String fingerprint = Fingerprint.of(article.article());
    doc.add(new StringField(FactField.FINGERPRINT.fieldName(), fingerprint, Field.Store.YES));
    if (article.title() != null) {
      doc.add(new Field(FactField.TITLE.fieldName(), article.title(), TEXT_WITH_OFFSETS));
    }
    doc.add(new Field(FactField.TEXT.fieldName(), article.text(), TEXT_WITH_OFFSETS));
    if (article.published() != null) {
      String name = FactField.PUBLISHED.fieldName();
      int day = DateRanges.epochDay(article.published());
      doc.add(new IntPoint(name, day));
      doc.add(new NumericDocValuesField(name, day));
      doc.add(new StoredField(name, article.published()));
    }
    addFacetValues(doc, FactField.PERSON_FACET, names(article, PersonFact.class));
    addFacetValues(doc, FactField.PLACE_FACET, names(article, PlaceFact.class));
    addFacetValues(doc, FactField.ORG_FACET, names(article, OrganizationFact.class));
    addFacetValues(doc, FactField.QUANTITY_DIMENSION_FACET, quantities(article, QuantityFact::dimension));
    addFacetValues(doc, FactField.QUANTITY_UNIT_FACET, quantities(article, QuantityFact::unit));
    doc.add(
        new StoredField(
            FactField.ARTICLE_JSON.fieldName(), StoredArticles.articleJsonWithoutText(article)));
    return doc;
  }

  private static Document factDocument(ExtractedArticle article, Fact fact, int ordinal) {
    Document doc = blockKeys(article, FactField.FACT);
    doc.add(new StringField(FactField.KIND.fieldName(), fact.kind(), Field.Store.NO));
    doc.add(new StoredField(FactField.FACT_ORDINAL.fieldName(), ordinal));
    doc.add(new StoredField(FactField.FACT_DATA.fieldName(), FactCodec.encode(fact)));
    if (fact.sentence() != null) {
      doc.add(new TextField(FactField.SENTENCE.fieldName(), fact.sentence(), Field.Store.NO));
    }
    if (fact instanceof PersonFact person) {
      addName(doc, FactField.PERSON, FactField.PERSON_NAME, person.name());
      addText(doc, FactField.ROLE, person.role());
    } else if (fact instanceof PlaceFact place) {
      addName(doc, FactField.PLACE, FactField.PLACE_NAME, place.name());
      addKeyword(doc, FactField.PLACE, place.iso());
      addKeyword(doc, FactField.PLACE_SUBTYPE, place.subtype());
    } else if (fact instanceof OrganizationFact org) {
      addName(doc, FactField.ORG, FactField.ORG_NAME, org.name());
    } else if (fact instanceof QuantityFact quantity) {
      addNumber(doc, FactField.QUANTITY_VALUE, quantity.value());
      addNumber(doc, FactField.QUANTITY_VALUE, quantity.high());
      addNumber(doc, FactField.QUANTITY_SI_VALUE, quantity.siValue());
      addText(doc, FactField.QUANTITY_UNIT, quantity.unit());
      addKeyword(doc, FactField.QUANTITY_DIMENSION, quantity.dimension());
      addKeyword(doc, FactField.QUANTITY_CURRENCY, quantity.currency());
      addKeyword(doc, FactField.QUANTITY_CHANGE, quantity.change());
      addName(doc, FactField.PLACE, FactField.PLACE_NAME, quantity.place());
      addDate(doc, FactField.QUANTITY_DATE, quantity.date());
    } else if (fact instanceof EventFact event) {
      addDate(doc, FactField.EVENT_DATE, event.date());
      addKeyword(doc, FactField.EVENT_TIMEX, event.date());
      event.people().forEach(name -> addName(doc, FactField.PERSON, FactField.PERSON_NAME, name));
      event.places().forEach(name -> addName(doc, FactField.PLACE, FactField.PLACE_NAME, name));
    }
    return doc;
  }

  private static Document blockKeys(ExtractedArticle article, String docType) {
    Document doc = new Document();
    doc.add(new StringField(FactField.DOC_TYPE.fieldName(), docType, Field.Store.NO));
    if (FactField.FACT.equals(docType)) {
      // The parent stores these; children only need them to be found and deleted with it.
      doc.add(new StringField(FactField.ARTICLE_ID.fieldName(), article.id(), Field.Store.NO));
      doc.add(new StringField(FactField.SOURCE.fieldName(), article.source(), Field.Store.NO));
    }
    return doc;
  }

  private static StringField stored(FactField field, String value) {
    return new StringField(field.fieldName(), value, Field.Store.YES);
  }

  private static void addName(Document doc, FactField exact, FactField words, String name) {
    if (name != null && !name.isBlank()) {
      doc.add(new StringField(exact.fieldName(), FactField.nameKey(name), Field.Store.NO));
      doc.add(new TextField(words.fieldName(), name, Field.Store.NO));
    }
  }

  private static void addKeyword(Document doc, FactField field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new StringField(field.fieldName(), FactField.nameKey(value), Field.Store.NO));
    }
  }

  // A range is indexed at both ends, so "[5000 TO *]" finds "between 4,000 and 6,000".
  private static void addNumber(Document doc, FactField field, java.math.BigDecimal value) {
    if (value != null) {
      doc.add(new DoublePoint(field.fieldName(), value.doubleValue()));
    }
  }

  private static void addText(Document doc, FactField field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new TextField(field.fieldName(), value, Field.Store.NO));
    }
  }

  private static void addDate(Document doc, FactField field, String timex) {
    DateRanges.DayRange range = DateRanges.ofTimex(timex);
    if (range != null) {
      doc.add(
          new IntRange(field.fieldName(), new int[] {range.first()}, new int[] {range.last()}));
    }
  }

  private static void addFacetValues(Document doc, FactField field, Set<String> names) {
    for (String name : names) {
      doc.add(new SortedSetDocValuesField(field.fieldName(), new BytesRef(name)));
    }
  }

  private static Set<String> quantities(
      ExtractedArticle article, java.util.function.Function<QuantityFact, String> field) {
    Set<String> values = new LinkedHashSet<>();
    for (QuantityFact quantity : article.factsOf(QuantityFact.class)) {
      String value = field.apply(quantity);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  private static <T extends Fact> Set<String> names(ExtractedArticle article, Class<T> kind) {
    Set<String> names = new LinkedHashSet<>();
    for (T fact : article.factsOf(kind)) {
      String name = nameOf(fact);
      if (name != null && !name.isBlank()) {
        names.add(name);
      }
    }
    return names;
  }

  private static String nameOf(Fact fact) {
    if (fact instanceof PersonFact person) {
      return person.name();
    } else if (fact instanceof PlaceFact place) {
      return place.name();
    } else if (fact instanceof OrganizationFact org) {
      return org.name();
    }
    return null;
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
