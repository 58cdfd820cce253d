/**
 * Writes extracted articles and their facts into one Lucene index; the only package besides
 * {@code search} that sees Lucene types.
 *
 * <h2>Design: one block per article</h2>
 *
 * <p>Every article is stored as a Lucene <em>block</em>: one child document per fact followed by
 * the article's parent document ({@link org.apache.lucene.search.join.ToParentBlockJoinQuery}
 * layout). Why blocks rather than the alternatives:
 *
 * <ul>
 *   <li>Flattening facts into multi-valued fields of the article document loses which value
 *       belongs to which fact: {@code quantity.unit:troops AND quantity.value:[1000 TO *]} would
 *       match an article with "2,500 bags" and "3 troops". A block join keeps each fact's fields
 *       together, so both clauses must hold for the same fact.
 *   <li>Two indexes (articles, facts) joined at query time would need a second search per query
 *       and could disagree after a crash; a block is written and deleted atomically
 *       ({@code updateDocuments}), so an article and its facts are always consistent.
 *   <li>The parent document still carries what is cheap to have flat: the text for full-text
 *       search and highlighting (positions and offsets in the postings), the publication date as
 *       a point and doc value (range filters, sorting, year facets) and the canonical names as
 *       sorted-set doc values (people/place/organisation facets).
 * </ul>
 *
 * <p>Every document of a block carries the article id and source as keywords, so replacing an
 * article (same id, or a changed file with the same source) deletes the whole old block.
 * {@link org.newsfacts.index.FactField} names every field and owns the small query factories
 * both writer and searcher use. To add a field: add a constant there, write it in
 * {@code ArticleDocuments}, and teach {@code org.newsfacts.search.FactQueryParser} to query it.
 */
package org.newsfacts.index;
