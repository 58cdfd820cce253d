package org.newsfacts.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.fact.Article;
import org.newsfacts.fact.ExtractedArticle;

class FactIndexWriterTest {
  @TempDir Path dir;

  @Test
  void createsTheFolderAndAnEmptyIndex() throws IOException {
    Path index = dir.resolve("a/b/index");
    try (FactIndexWriter writer = FactIndexWriter.open(index, false)) {
      assertThat(writer.articleCount()).isZero();
    }
    assertThat(index).isDirectory();
  }

  @Test
  void countsArticlesNotFacts() throws IOException {
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false)) {
      SampleArticles.all().forEach(writer::add);
      assertThat(writer.articleCount()).isEqualTo(4);
    }
  }

  @Test
  void anArticleListsTheCopiesNotedAfterItWasAddedAndKeepsItsFactsAndSignature()
      throws IOException {
    ExtractedArticle seed = SampleArticles.seed();
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false)) {
      writer.addCopy(seed.id(), "inbox/seed-copy.pdf");
      writer.add(seed, new int[] {7, -1, 42});
      writer.addCopy(seed.id(), "inbox/seed-copy.txt");
      writer.addCopy(seed.id(), seed.source());
      writer.commit();
    }
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false);
        var reader = org.apache.lucene.index.DirectoryReader.open(FSDirectory.open(dir))) {
      assertThat(writer.indexedStories()).singleElement().satisfies(story -> {
        assertThat(story.id()).isEqualTo(seed.id());
        assertThat(story.minHashes()).containsExactly(7, -1, 42);
      });
      var searcher = new org.apache.lucene.search.IndexSearcher(reader);
      int article = searcher.search(FactField.articles(), 1).scoreDocs[0].doc;
      assertThat(ArticleCopies.of(reader, article))
          .as("the article's own source is no copy of it")
          .containsExactly("inbox/seed-copy.pdf", "inbox/seed-copy.txt");
      assertThat(searcher.count(FactField.facts())).isEqualTo(seed.facts().size());
      assertThat(reader.numDeletedDocs()).as("listed in place, the block not written again").isZero();
    }
  }

  @Test
  void anArticleAddedAgainKeepsTheCopiesListedWithIt() throws IOException {
    ExtractedArticle seed = SampleArticles.seed();
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false)) {
      writer.add(seed);
      writer.addCopy(seed.id(), "inbox/seed-copy.pdf");
    }
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false)) {
      writer.add(seed);
    }
    try (var reader = org.apache.lucene.index.DirectoryReader.open(FSDirectory.open(dir))) {
      var searcher = new org.apache.lucene.search.IndexSearcher(reader);
      int article = searcher.search(FactField.articles(), 1).scoreDocs[0].doc;
      assertThat(ArticleCopies.of(reader, article)).containsExactly("inbox/seed-copy.pdf");
    }
  }

  @Test
  void addingTheSameArticleAgainReplacesIt() throws IOException {
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false)) {
      writer.add(SampleArticles.seed());
      writer.commit();
      writer.add(SampleArticles.seed());
      assertThat(writer.articleCount()).isEqualTo(1);
    }
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false)) {
      writer.add(SampleArticles.seed());
      assertThat(writer.articleCount()).isEqualTo(1);
    }
  }

  @Test
  void aChangedFileReplacesItsOldVersion() throws IOException {
    ExtractedArticle old = SampleArticles.seed();
    ExtractedArticle changed = withText(old, "changed-id", old.text() + " A new sentence.");
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false)) {
      writer.add(old);
      writer.add(SampleArticles.cocoa());
      writer.commit();
    }
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false)) {
      writer.add(changed);
      assertThat(writer.articleCount()).isEqualTo(2);
      assertThat(writer.isCurrent(old.article())).isFalse();
      assertThat(writer.isCurrent(changed.article())).isTrue();
    }
  }

  @Test
  void isCurrentOnlyForTheSameIdAndContent() throws IOException {
    ExtractedArticle seed = SampleArticles.seed();
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false)) {
      assertThat(writer.isCurrent(seed.article())).isFalse();
      writer.add(seed);
      assertThat(writer.isCurrent(seed.article())).isTrue();
    }
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false)) {
      assertThat(writer.isCurrent(seed.article())).isTrue();
      Article retitled =
          new Article(seed.id(), seed.source(), "Another title", List.of(), seed.published(), seed.text());
      assertThat(writer.isCurrent(retitled)).isFalse();
      Article redated = seed.article().withDefaultPublished(null);
      assertThat(writer.isCurrent(
              new Article(seed.id(), seed.source(), seed.title(), List.of(), "2024-09-28", seed.text())))
          .isFalse();
      assertThat(writer.isCurrent(redated)).isTrue();
    }
  }

  @Test
  void addsFromManyThreadsWithoutLosingArticles() throws IOException {
    ExtractedArticle seed = SampleArticles.seed();
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false)) {
      java.util.stream.IntStream.range(0, 200)
          .parallel()
          .mapToObj(i -> new ExtractedArticle("id-" + i, "source-" + i, seed.title(), List.of(),
              seed.published(), seed.text() + " " + i, seed.mentions(), seed.facts()))
          .forEach(writer::add);
      assertThat(writer.articleCount()).isEqualTo(200);
    }
  }

  @Test
  void rebuildStartsFromAnEmptyIndex() throws IOException {
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false)) {
      SampleArticles.all().forEach(writer::add);
    }
    try (FactIndexWriter writer = FactIndexWriter.open(dir, true)) {
      assertThat(writer.articleCount()).isZero();
      assertThat(writer.isCurrent(SampleArticles.seed().article())).isFalse();
    }
  }

  @Test
  void acceptsAFolderHoldingOnlyHiddenFiles() throws IOException {
    Files.writeString(dir.resolve(".gitkeep"), "");
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false)) {
      writer.add(SampleArticles.seed());
    }
    assertThat(dir.resolve(".gitkeep")).exists();
  }

  @Test
  void opensAFolderLeftWithOnlyTheLockOfAWriterKilledBeforeItsFirstCommit() throws IOException {
    Files.createFile(dir.resolve("write.lock"));
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false)) {
      writer.add(SampleArticles.seed());
      assertThat(writer.articleCount()).isEqualTo(1);
    }
  }

  @Test
  void refusesAFolderWithOtherFilesEvenWhenRebuilding() throws IOException {
    Files.writeString(dir.resolve("thesis.txt"), "precious");
    assertThatThrownBy(() -> FactIndexWriter.open(dir, true))
        .isInstanceOf(NotAnIndexException.class)
        .hasMessageContaining("is not a Newsfacts index")
        .hasMessageNotContaining("\n");
    assertThat(dir.resolve("thesis.txt")).hasContent("precious");
  }

  @Test
  void refusesAnIndexOfANewerFormat() throws IOException {
    writeLuceneIndex(Map.of(IndexFormat.KEY, "99"));
    assertThatThrownBy(() -> FactIndexWriter.open(dir, false))
        .isInstanceOf(NotAnIndexException.class)
        .hasMessageContaining("index format 99, newer than");
  }

  @Test
  void refusesALuceneIndexThatIsNotOurs() throws IOException {
    writeLuceneIndex(Map.of());
    assertThatThrownBy(() -> FactIndexWriter.open(dir, false))
        .isInstanceOf(NotAnIndexException.class)
        .hasMessageContaining("not a Newsfacts index");
  }

  @Test
  void storedArticleReadsBackEqual() throws IOException {
    ExtractedArticle seed = SampleArticles.seed();
    String json = StoredArticles.articleJsonWithoutText(seed);
    assertThat(json).contains("\"text\":\"\"");
    assertThat(StoredArticles.read(json, seed.text())).isEqualTo(seed);
  }

  static ExtractedArticle withText(ExtractedArticle a, String id, String text) {
    return new ExtractedArticle(
        id, a.source(), a.title(), a.authors(), a.published(), text, a.mentions(), a.facts());
  }

  private void writeLuceneIndex(Map<String, String> userData) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      writer.setLiveCommitData(userData.entrySet());
      writer.commit();
    }
  }
}
