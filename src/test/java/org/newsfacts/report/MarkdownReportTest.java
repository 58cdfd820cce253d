package org.newsfacts.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.index.SampleArticles;

class MarkdownReportTest {
  @Test
  void reportOfTheSampleArticlesMatchesTheGoldenFile() throws IOException {
    String report = render(Report.of("all articles", SampleArticles.all()));
    assertThat(report).isEqualTo(golden("sample-report.md"));
  }

  @Test
  void countsAnEntityOncePerArticleButAddsUpItsMentions() {
    Report report = Report.of("all articles", SampleArticles.all());
    assertThat(report.people()).first()
        .isEqualTo(new EntityTally("Mohammed Shia al-Sudani", null, 2, 3,
            List.of(SampleArticles.SEED_ID, "iraq-oil-exports")));
    assertThat(report.places()).first().extracting(EntityTally::name, EntityTally::articles)
        .containsExactly("Iraq", 3);
  }

  @Test
  void escapesMarkdownInArticleText() throws IOException {
    ExtractedArticle seed = SampleArticles.seed();
    PersonFact odd = new PersonFact("Robert *Bobby* Tables | Jr", null, 1, 0, 3, "A | B\nC");
    ExtractedArticle article =
        new ExtractedArticle(seed.id(), seed.source(), "# Not a heading", List.of(), null,
            seed.text(), List.of(), List.of(odd));
    String report = render(Report.of("query: `x`", List.of(article)));
    assertThat(report)
        .contains("### \\# Not a heading")
        .contains("| Robert \\*Bobby\\* Tables \\| Jr |")
        .contains("“A \\| B C”")
        .contains("(query: \\`x\\`)");
  }

  static String render(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new MarkdownReport().write(report, out);
    return out.toString().replace("\r\n", "\n");
  }

  static String golden(String name) throws IOException {
    try (InputStream in = MarkdownReportTest.class.getResourceAsStream(name)) {
      assertThat(in).as("golden file " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
