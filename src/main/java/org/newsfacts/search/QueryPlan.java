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
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
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
      throw new QuerySyntaxException(QueryErrorMessage.of(query, e), e);
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

  // Facts that matched fact clauses or filters, and facts whose sentence has a query word or
  // phrase ("al-Abbasi" shows Thabit al-Abbasi's facts, not every sentence with an "al").
  private static Query factsQuery(List<Query> matchedFactQueries, Query parsed) {
    List<Query> any = new ArrayList<>(matchedFactQueries);
    if (parsed != null) {
      any.addAll(sentenceQueries(parsed));
    }
    if (any.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    // Bounded: one clause per distinct term; the query parser already capped the clause count.
    any.stream().limit(IndexSearcher.getMaxClauseCount() / 2).forEach(q -> either.add(q, Occur.SHOULD));
    return either.build();
  }

  // Words and phrases of title/text clauses, asked of the sentence field, which shares their
  // analyser.
  private static Set<Query> sentenceQueries(Query parsed) {
    String sentence = FactField.SENTENCE.fieldName();
    Set<Query> queries = new LinkedHashSet<>();
    parsed.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            return FactField.TEXT.fieldName().equals(field)
                || FactField.TITLE.fieldName().equals(field);
          }

          @Override
          public void consumeTerms(Query query, Term... found) {
            if (query instanceof PhraseQuery phrase) {
              PhraseQuery.Builder inSentence = new PhraseQuery.Builder().setSlop(phrase.getSlop());
              for (int i = 0; i < found.length; i++) {
                inSentence.add(new Term(sentence, found[i].bytes()), phrase.getPositions()[i]);
              }
              queries.add(inSentence.build());
              return;
            }
            for (Term term : found) {
              queries.add(new TermQuery(new Term(sentence, term.bytes())));
            }
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
          }
        });
    return queries;
  }
}
