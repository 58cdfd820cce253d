/**
 * The source stage: turns paths on disk into {@link org.newsfacts.fact.Article} records.
 * {@link org.newsfacts.source.ArticleReader} walks files and folders and hands each article, or
 * each failure, to an {@link org.newsfacts.source.ArticleHandler}. One reader per format sits
 * behind the package-private {@code FormatReader} interface; to add a format, implement it and
 * route to it in {@code Formats}.
 */
package org.newsfacts.source;
