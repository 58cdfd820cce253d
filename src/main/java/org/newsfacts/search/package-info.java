/**
 * Searches the fact index: a classic Lucene query over article text plus fielded clauses on
 * facts ({@code person:}, {@code quantity.value:[1000 TO *]}), ranked hits with highlighted
 * snippets and the facts that matched, and facet counts. Entry point: {@link
 * org.newsfacts.search.FactSearcher}. No Lucene type appears in this package's public API.
 */
package org.newsfacts.search;
