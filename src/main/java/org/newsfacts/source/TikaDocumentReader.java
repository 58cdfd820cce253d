package org.newsfacts.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.ToHTMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.xml.sax.SAXException;

/**
 * Every format without a reader of its own (PDF, DOCX, DOC, ODT, RTF, EPUB...) through Tika's
 * AutoDetectParser. Tika's XHTML output is rendered paragraph by paragraph, so the lines of a
 * wrapped PDF paragraph join up again; title, author and date come from the document properties.
 */
final class TikaDocumentReader implements FormatReader {
  // Setting up Tika's parsers (a service lookup over every jar) takes a moment that a run of
  // JSON Lines, HTML or text files never needs: done once, for the first document that does.
  private static final class Tika {
    static final Parser PARSER = new AutoDetectParser(); // thread-safe
  }

  private final ArticleFactory articles;
  private final int maxTextChars;

  TikaDocumentReader(ArticleFactory articles, ReaderOptions options) {
    this.articles = articles;
    this.maxTextChars = options.maxTextChars();
  }

  @Override
  public void read(SourceDocument document, ArticleHandler handler) throws ReadFailure {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, document.name());
    ToHTMLContentHandler xhtml = new ToHTMLContentHandler();
    try (InputStream in = TikaInputStream.get(document.bytes())) {
      Tika.PARSER.parse(in, new WriteOutContentHandler(xhtml, maxTextChars), metadata, new ParseContext());
    } catch (SAXException e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new ReadFailure("could not parse", String.valueOf(e.getMessage()));
      }
      handler.warning(document.source(), "text cut at " + maxTextChars + " characters");
    } catch (EncryptedDocumentException e) {
      throw new ReadFailure("could not parse", "encrypted document");
    } catch (ZeroByteFileException e) {
      throw new ReadFailure("could not parse", "empty file");
    } catch (TikaException | IOException | RuntimeException e) {
      throw new ReadFailure("could not parse", rootMessage(e));
    }
    Document html = Jsoup.parse(xhtml.toString());
    String text = BlockText.join(BlockText.blocks(List.of(html.body())));
    String title = metadata.get(TikaCoreProperties.TITLE);
    if (title == null || title.isBlank()) {
      title = PlainTextReader.headline(firstLine(text));
    }
    // A date line at the top of the text is the story's own date; a document's created date is
    // often just when the file was made, so it comes second.
    String published = PlainTextReader.dateLine(PlainTextReader.firstLines(text));
    if (published == null) {
      published = metadata.get(TikaCoreProperties.CREATED);
    }
    if (PublishedDates.parse(published) == null) {
      published = metadata.get(TikaCoreProperties.MODIFIED);
    }
    List<String> authors = new ArrayList<>(Arrays.asList(metadata.getValues(TikaCoreProperties.CREATOR)));
    articles.emit(handler, document.source(), null, title, authors, published, text);
  }

  private static List<String> firstLine(String text) {
    int end = text.indexOf('\n');
    String line = (end < 0 ? text : text.substring(0, end)).strip();
    return line.isEmpty() ? List.of() : List.of(line);
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }
}
