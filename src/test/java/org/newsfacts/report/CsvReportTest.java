package org.newsfacts.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.newsfacts.index.SampleArticles;

class CsvReportTest {
  @Test
  void writesOneRowPerFactUnderAHeader() throws IOException {
    String csv = render();
    List<CSVRecord> rows = parse(csv);
    int facts = SampleArticles.all().stream().mapToInt(a -> a.facts().size()).sum();
    assertThat(rows).hasSize(facts);
    assertThat(csv).startsWith(String.join(",", CsvReport.HEADER) + "\r\n");
  }

  @Test
  void quantityRowCarriesValueUnitPlaceAndQuotedSentence() throws IOException {
    CSVRecord row =
        parse(render()).stream()
            .filter(r -> r.get("kind").equals("quantity") && r.get("value").equals("2500"))
            .findFirst()
            .orElseThrow();
    assertThat(row.get("article_id")).isEqualTo(SampleArticles.SEED_ID);
    assertThat(row.get("unit")).isEqualTo("troops");
    assertThat(row.get("place")).isEqualTo("Iraq");
    assertThat(row.get("date")).isEqualTo("2024-09-27");
    assertThat(row.get("sentence")).startsWith("About 2,500 U.S. troops");
    assertThat(row.get("name")).isEmpty();
  }

  @Test
  void eventRowJoinsItsPeopleAndPlaces() throws IOException {
    CSVRecord row =
        parse(render()).stream().filter(r -> r.get("date").equals("2026")).findFirst().orElseThrow();
    assertThat(row.get("kind")).isEqualTo("event");
    assertThat(row.get("people")).isEqualTo("Thabit al-Abbasi");
    assertThat(row.get("places")).isEqualTo("United States; Iraq");
  }

  private static String render() throws IOException {
    StringWriter out = new StringWriter();
    new CsvReport().write(Report.of("all articles", SampleArticles.all()), out);
    return out.toString();
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    return format.parse(new StringReader(csv)).getRecords();
  }
}
