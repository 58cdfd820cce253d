/**
 * The source stage: turns paths on disk into {@link org.newsfacts.fact.Article} records.
 * {@link org.newsfacts.source.ArticleReader} walks files and folders and hands each article, or
 * each failure, to an {@link org.newsfacts.source.ArticleHandler}.
 *
 * <p>Formats, chosen by extension and, for unknown names, by the first bytes:
 *
 * <ul>
 *   <li>HTML/XHTML: main-content extraction on jsoup ({@code MainContentExtractor}); the text
 *       leaves out the headline, which is the title.
 *   <li>TXT and Markdown (with optional YAML front matter): the whole text, headline included.
 *   <li>JSON Lines: one article per line, text verbatim; named {@code path#id}.
 *   <li>PDF, DOCX, DOC, ODT, RTF, EML and the rest: Tika, rendered paragraph by paragraph.
 *   <li>EPUB: the spine's documents without navigation and title pages.
 *   <li>Containers, one article per entry named {@code path#n} (n from 1): MBOX messages, RSS
 *       items and Atom entries, WARC HTML responses; ZIP and TAR(.GZ) entries are named
 *       {@code path#entry/name} and read by their own format.
 * </ul>
 *
 * <p>Ids are content-derived ({@code ContentIds}), so the same article in several formats gets
 * one id. One reader per format sits behind the package-private {@code FormatReader} interface;
 * to add a format, implement it and route to it in {@code Formats}.
 */
package org.newsfacts.source;
