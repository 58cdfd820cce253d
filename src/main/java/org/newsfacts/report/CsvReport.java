package org.newsfacts.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsfacts.fact.EventFact;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.OrganizationFact;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.fact.PlaceFact;
import org.newsfacts.fact.QuantityFact;

/**
 * One row per fact, RFC 4180 (CRLF, quotes where needed), with a header. Columns a kind of
 * fact does not have stay empty; lists (an event's people, the other sources an article was read
 * from) are joined with "; ".
 */
public final class CsvReport implements ReportWriter {
  static final String[] HEADER = {
    "article_id", "published", "source", "title", "kind", "name", "role", "subtype", "iso",
    "mentions", "value", "unit", "currency", "place", "date", "people", "places", "text",
    "high", "dimension", "si_value", "change", "start", "end", "sentence", "copies"
  };

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

  @Override
  public void write(Report report, Writer out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, FORMAT); // not closed: the caller owns out
    for (ExtractedArticle article : report.articles()) {
      for (Fact fact : article.facts()) {
        csv.printRecord(row(article, fact, report.copiesOf(article)));
      }
    }
    csv.flush();
  }

  private static List<Object> row(ExtractedArticle article, Fact fact, List<String> copies) {
    Object[] cells = new Object[HEADER.length];
    cells[0] = article.id();
    cells[1] = article.published();
    cells[2] = article.source();
    cells[3] = article.title();
    cells[4] = fact.kind();
    if (fact instanceof PersonFact person) {
      cells[5] = person.name();
      cells[6] = person.role();
      cells[9] = person.mentions();
    } else if (fact instanceof PlaceFact place) {
      cells[5] = place.name();
      cells[7] = place.subtype();
      cells[8] = place.iso();
      cells[9] = place.mentions();
    } else if (fact instanceof OrganizationFact org) {
      cells[5] = org.name();
      cells[9] = org.mentions();
    } else if (fact instanceof QuantityFact quantity) {
      cells[10] = FactDescriptions.number(quantity.value());
      cells[11] = quantity.unit();
      cells[12] = quantity.currency();
      cells[13] = quantity.place();
      cells[14] = quantity.date();
      cells[17] = quantity.text();
      cells[18] = quantity.high() == null ? null : FactDescriptions.number(quantity.high());
      cells[19] = quantity.dimension();
      cells[20] = quantity.siValue() == null ? null : FactDescriptions.number(quantity.siValue());
      cells[21] = quantity.change();
    } else if (fact instanceof EventFact event) {
      cells[14] = event.date();
      cells[15] = String.join("; ", event.people());
      cells[16] = String.join("; ", event.places());
      cells[17] = event.text();
    }
    cells[22] = fact.start();
    cells[23] = fact.end();
    cells[24] = FactDescriptions.oneLine(fact.sentence());
    cells[25] = String.join("; ", copies);
    return new ArrayList<>(java.util.Arrays.asList(cells));
  }
}
