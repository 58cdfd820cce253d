package org.newsfacts.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text and Markdown. The text is the whole file (news text files start with their
 * headline, so the title line stays in); the title is the first line when it looks like a
 * headline, and a short line near the top that is only a date or a {@code By ...} byline gives the
 * date or the author. Markdown loses its markup and gives its YAML front matter as metadata.
 */
final class PlainTextReader implements FormatReader {
  private static final int HEADER_LINES = 6;
  private static final int FURNITURE_CHARS = 60;
  private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+\\p{Lu}.{1,80}$");

  private final ArticleFactory articles;

  PlainTextReader(ArticleFactory articles) {
    this.articles = articles;
  }

  @Override
  public void read(SourceDocument document, ArticleHandler handler) {
    String raw = TextDecoding.decode(document.bytes());
    FrontMatter front = FrontMatter.NONE;
    if (isMarkdown(document.name())) {
      front = FrontMatter.parse(raw);
      raw = MarkdownText.plain(front.body());
    }
    String text = withoutFurniture(TextCleanup.clean(raw));
    List<String> lines = firstLines(text);
    String title = front.title() != null ? front.title() : headline(lines);
    String published = front.date() != null ? front.date() : dateLine(lines);
    List<String> authors = new ArrayList<>(front.authors());
    if (authors.isEmpty()) {
      lines.stream().filter(l -> BYLINE.matcher(l).matches()).findFirst().ifPresent(authors::add);
    }
    articles.emit(handler, document.source(), null, title, authors, published, text);
  }

  /**
   * Drops paragraphs that are only page furniture ("- Advertisement -", "More from Author"):
   * text files saved from web pages carry them, and without them the text matches the same
   * article's other formats.
   */
  private static String withoutFurniture(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    for (String paragraph : text.split("\n\n")) {
      if (!FurnitureLines.matches(paragraph, FURNITURE_CHARS)) {
        kept.append(kept.length() == 0 ? "" : "\n\n").append(paragraph);
      }
    }
    return kept.toString();
  }

  static boolean isMarkdown(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".markdown");
  }

  /** The first line, when it is short and does not end like a sentence. */
  static String headline(List<String> lines) {
    if (lines.isEmpty()) {
      return null;
    }
    String first = lines.get(0);
    boolean shortEnough = first.length() <= 200 && first.split("\\s+").length <= 30;
    boolean sentenceEnd = first.matches(".*[.,;:]$") && !first.endsWith("...");
    return shortEnough && !sentenceEnd && first.chars().anyMatch(Character::isLetter)
        ? first
        : null;
  }

  /** The date of the first short line that holds one, or {@code null}. */
  static String dateLine(List<String> lines) {
    for (String line : lines) {
      if (line.length() <= 60) {
        String date = PublishedDates.parse(line);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /** The first few non-blank lines, stripped. */
  static List<String> firstLines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", 40)) {
      if (!line.isBlank() && lines.size() < HEADER_LINES) {
        lines.add(line.strip());
      }
    }
    return lines;
  }
}
