package org.newsfacts.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.newsfacts.fact.Article;

/**
 * Builds {@link Article} records the same way for every format: cleaned title and authors, the
 * date reduced to {@code YYYY-MM-DD}, text cut at the configured limit, content-derived id.
 */
final class ArticleFactory {
  private final int maxTextChars;

  ArticleFactory(ReaderOptions options) {
    this.maxTextChars = options.maxTextChars();
  }

  /**
   * Hands the article to {@code handler}; an article without text fails instead.
   *
   * @param id the source's own id, or {@code null} to derive one from the text
   */
  void emit(
      ArticleHandler handler,
      String source,
      String id,
      String title,
      List<String> authors,
      String published,
      String text) {
    if (text == null || text.isBlank()) {
      handler.failed(source, "no article text", "the document holds no text");
      return;
    }
    String body = text;
    if (body.length() > maxTextChars) {
      handler.warning(source, "text cut at " + maxTextChars + " characters");
      // Never half a surrogate pair: the text must stay valid UTF-16 for the index and JSON.
      int end = maxTextChars;
      if (Character.isHighSurrogate(body.charAt(end - 1))) {
        end--;
      }
      body = body.substring(0, end);
    }
    String cleanTitle = TextCleanup.inline(title);
    if (cleanTitle != null && cleanTitle.isEmpty()) {
      cleanTitle = null;
    }
    String articleId = id != null ? id : ContentIds.of(cleanTitle, body);
    handler.article(
        new Article(
            articleId,
            source,
            cleanTitle,
            cleanAuthors(authors),
            PublishedDates.parse(published),
            body,
            Languages.of(body)));
  }

  private static List<String> cleanAuthors(List<String> authors) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    if (authors != null) {
      for (String author : authors) {
        String name = AuthorNames.clean(author);
        if (name != null && names.stream().noneMatch(name::equalsIgnoreCase)) {
          names.add(name);
        }
      }
    }
    return new ArrayList<>(names);
  }
}
