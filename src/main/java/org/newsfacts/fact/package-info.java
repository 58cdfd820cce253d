/**
 * The values that flow between pipeline stages: an {@link org.newsfacts.fact.Article} goes into
 * extraction and an {@link org.newsfacts.fact.ExtractedArticle} (its mentions and facts) comes
 * out. Records only; no stage logic lives here, and no third-party NLP or index type leaks in.
 */
package org.newsfacts.fact;
