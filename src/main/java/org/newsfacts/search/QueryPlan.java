package org.newsfacts.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BytesRef;
import org.newsfacts.index.DateRanges;
import org.newsfacts.index.FactField;

/**
 * The Lucene queries one request runs.
 *
 * @param articles finds and ranks the matching articles
 * @param highlight the words to mark in snippets
 * @param facts finds the facts of a hit worth showing, or {@code null} when nothing asks for any
 * @param newestFirst rank by date because the request has no query words to rank by
 */
record QueryPlan(Query articles, Query highlight, Query facts, boolean newestFirst) {

  /**
   * Plans a request.
   *
   * @throws QuerySyntaxException when the query or a date cannot be understood
   */
  static QueryPlan of(SearchRequest request, Analyzer analyzer, BitSetProducer articleBits) {
    return of(request, analyzer, articleBits, NameAliases.NONE);
  }

  /** Plans a request in which names also match the other names of their entity. */
  static QueryPlan of(
      SearchRequest request, Analyzer analyzer, BitSetProducer articleBits, NameAliases aliases) {
    JoinPlanner joins = new JoinPlanner(articleBits);
    FactQueryParser parser = new FactQueryParser(analyzer, aliases);
    BooleanQuery.Builder articles = new BooleanQuery.Builder();
    BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    articles.add(FactField.articles(), Occur.FILTER);
    Query parsed = null;
    if (!request.hasNoQuery()) {
      parsed = parse(parser, request.query());
      highlight.add(parsed, Occur.SHOULD);
      Query planned = joins.toArticleQuery(parsed);
      if (planned instanceof BooleanQuery bool && JoinPlanner.isPurelyNegative(bool)) {
        bool.clauses().forEach(c -> articles.add(c)); // "-word" alone: all articles but those
      } else {
        articles.add(planned, Occur.MUST);
      }
    }
    addNameFilter(articles, highlight, joins, parser, "person", request.person());
    addNameFilter(articles, highlight, joins, parser, "place", request.place());
    addNameFilter(articles, highlight, joins, parser, "org", request.org());
    addDateFilter(articles, request.from(), request.to());
    Query facts = factsQuery(joins.factQueries(), parsed);
    return new QueryPlan(articles.build(), highlight.build(), facts, request.hasNoQuery());
  }

  private static Query parse(FactQueryParser parser, String query) {
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      throw new QuerySyntaxException(oneLine(e.getMessage()), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("query has too many clauses", e);
    }
  }

  private static void addNameFilter(
      BooleanQuery.Builder articles,
      BooleanQuery.Builder highlight,
      JoinPlanner joins,
      FactQueryParser parser,
      String field,
      String name) {
    if (name == null || name.isBlank()) {
      return;
    }
    String quoted = name.replace("\\", "\\\\").replace("\"", "\\\"");
    Query factQuery = parse(parser, field + ":\"" + quoted + "\"");
    articles.add(joins.join(factQuery, true), Occur.FILTER);
    Query inText = parser.createPhraseQuery(FactField.TEXT.fieldName(), name);
    if (inText != null) {
      highlight.add(inText, Occur.SHOULD);
    }
  }

  private static void addDateFilter(BooleanQuery.Builder articles, String from, String to) {
    if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
      return;
    }
    int first = from == null || from.isBlank() ? Integer.MIN_VALUE : day(from, "from").first();
    int last = to == null || to.isBlank() ? Integer.MAX_VALUE : day(to, "to").last();
    articles.add(IntPoint.newRangeQuery(FactField.PUBLISHED.fieldName(), first, last), Occur.FILTER);
  }

  private static DateRanges.DayRange day(String value, String which) {
    try {
      return DateRanges.parse(value);
    } catch (IllegalArgumentException e) {
      throw new QuerySyntaxException(which + ": " + e.getMessage(), e);
    }
  }

  // Facts that matched fact clauses or filters, and facts whose sentence has a query word.
  private static Query factsQuery(List<Query> matchedFactQueries, Query parsed) {
    List<Query> any = new ArrayList<>(matchedFactQueries);
    if (parsed != null) {
      for (BytesRef term : textTerms(parsed)) {
        any.add(new TermQuery(new Term(FactField.SENTENCE.fieldName(), term)));
      }
    }
    if (any.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    // Bounded: one clause per distinct term; the query parser already capped the clause count.
    any.stream().limit(IndexSearcher.getMaxClauseCount() / 2).forEach(q -> either.add(q, Occur.SHOULD));
    return either.build();
  }

  // Terms of title/text clauses; both fields share the sentence field's analyser.
  private static Set<BytesRef> textTerms(Query parsed) {
    Set<BytesRef> terms = new LinkedHashSet<>();
    parsed.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            return FactField.TEXT.fieldName().equals(field)
                || FactField.TITLE.fieldName().equals(field);
          }

          @Override
          public void consumeTerms(Query query, Term... found) {
            for (Term term : found) {
              terms.add(term.bytes());
            }
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
          }
        });
    return terms;
  }

  static String oneLine(String message) {
    if (message == null) {
      return "malformed query";
    }
    String first = message.strip().split("\\R", 2)[0];
    return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
  }
}
