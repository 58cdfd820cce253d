package org.newsfacts.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.newsfacts.index.FactField;

/**
 * Turns a parsed query, whose fact clauses still address fact documents, into a query on
 * articles. Required clauses on fact attributes (quantity, event, role, kind) of one boolean
 * query are joined together, so they must hold for the same fact: {@code quantity.unit:troops
 * AND quantity.value:[1000 TO *] AND place:Iraq} finds an article with one fact of 1000 troops
 * or more in Iraq, not one with "3 troops" and "5,000 bags". Clauses that only name people,
 * places or organisations are joined one by one, because no single fact names a person and a
 * place: {@code person:Smith AND place:Iraq} means an article naming both. Optional and
 * prohibited fact clauses are joined one by one ("some fact matches", "no fact matches").
 * Remembers the positive fact queries so hits can show the facts that matched.
 */
final class JoinPlanner {
  private static final Set<String> ENTITY_FIELDS =
      Set.of(
          FactField.PERSON.fieldName(), FactField.PERSON_NAME.fieldName(),
          FactField.PLACE.fieldName(), FactField.PLACE_NAME.fieldName(),
          FactField.ORG.fieldName(), FactField.ORG_NAME.fieldName(),
          FactField.SENTENCE.fieldName());

  private final BitSetProducer articles;
  private final List<Query> factQueries = new ArrayList<>();

  JoinPlanner(BitSetProducer articles) {
    this.articles = articles;
  }

  /** The article-side form of {@code query}. */
  Query toArticleQuery(Query query) {
    return plan(query, true);
  }

  /** Joins a query on fact documents into a query on their articles. */
  Query join(Query factQuery, boolean remember) {
    if (remember) {
      factQueries.add(factQuery);
    }
    return new ToParentBlockJoinQuery(factQuery, articles, ScoreMode.Max);
  }

  /** The positive fact queries seen so far (clauses a matching article's facts satisfied). */
  List<Query> factQueries() {
    return List.copyOf(factQueries);
  }

  private Query plan(Query query, boolean positive) {
    // Booleans first: their fact clauses are grouped into facts by planBoolean.
    if (query instanceof BooleanQuery bool) {
      return isFactDisjunction(bool) ? join(bool, positive) : planBoolean(bool, positive);
    }
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(plan(boost.getQuery(), positive), boost.getBoost());
    }
    return isFactQuery(query) ? join(query, positive) : query;
  }

  private Query planBoolean(BooleanQuery bool, boolean positive) {
    BooleanQuery.Builder planned = new BooleanQuery.Builder();
    planned.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
    List<BooleanClause> requiredFactClauses = new ArrayList<>();
    for (BooleanClause clause : bool.clauses()) {
      Occur occur = clause.getOccur();
      boolean required = occur == Occur.MUST || occur == Occur.FILTER;
      if (required && isFactQuery(clause.getQuery())) {
        requiredFactClauses.add(clause);
      } else {
        boolean clausePositive = positive && occur != Occur.MUST_NOT;
        planned.add(plan(clause.getQuery(), clausePositive), occur);
      }
    }
    for (List<BooleanClause> sameFact : groupBySameFact(requiredFactClauses)) {
      BooleanQuery.Builder together = new BooleanQuery.Builder();
      boolean allFilters = true;
      for (BooleanClause clause : sameFact) {
        together.add(clause.getQuery(), clause.getOccur());
        allFilters &= clause.getOccur() == Occur.FILTER;
      }
      planned.add(join(together.build(), positive), allFilters ? Occur.FILTER : Occur.MUST);
    }
    return planned.build();
  }

  // With an attribute clause, everything goes on that one fact, except a second clause on the
  // same name field (person:A AND person:B are two people, so two facts). Without one, each
  // name clause is its own fact.
  private static List<List<BooleanClause>> groupBySameFact(List<BooleanClause> clauses) {
    boolean anyAttribute =
        clauses.stream().anyMatch(c -> !ENTITY_FIELDS.containsAll(fieldsOf(c.getQuery())));
    List<List<BooleanClause>> groups = new ArrayList<>();
    List<BooleanClause> shared = new ArrayList<>();
    Set<String> sharedFields = new HashSet<>();
    for (BooleanClause clause : clauses) {
      Set<String> fields = fieldsOf(clause.getQuery());
      boolean clash = fields.stream().anyMatch(f -> ENTITY_FIELDS.contains(f) && sharedFields.contains(f));
      if (anyAttribute && !clash) {
        shared.add(clause);
        sharedFields.addAll(fields);
      } else {
        groups.add(List.of(clause));
      }
    }
    if (!shared.isEmpty()) {
      groups.add(0, shared);
    }
    return groups;
  }

  /** True when every field the query touches belongs to fact documents. */
  static boolean isFactQuery(Query query) {
    if (query instanceof BooleanQuery bool && isPurelyNegative(bool)) {
      return false; // "no fact matches" must be joined clause by clause, as MUST_NOT
    }
    Set<String> fields = fieldsOf(query);
    return !fields.isEmpty() && fields.stream().allMatch(FactField::isFactField);
  }

  // "Some fact matches A or B" is one join; no grouping question arises.
  private static boolean isFactDisjunction(BooleanQuery bool) {
    return bool.getMinimumNumberShouldMatch() <= 1
        && bool.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD)
        && isFactQuery(bool);
  }

  static boolean isPurelyNegative(BooleanQuery bool) {
    return !bool.clauses().isEmpty()
        && bool.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST_NOT);
  }

  private static Set<String> fieldsOf(Query query) {
    Set<String> fields = new HashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            fields.add(field);
            return true;
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }
        });
    return fields;
  }
}
