package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.fact.Article;

/** A folder's own notes (a licence notice with its table of files) are no article. */
class FolderNotesTest {
  private static final ArticleReader READER = new ArticleReader();
  private static final String STORY = "Ferry runs again\n\nThe ferry to the island ran again on Monday"
      + " after a week of storms had kept it in harbour, and the first crossing was full by seven.\n";

  @TempDir Path dir;

  @Test
  void aNoticeThatListsTheFilesBesideItIsSkippedWithALine() throws IOException {
    for (String name : new String[] {"ferry.txt", "storm.txt", "harbour.txt"}) {
      Files.writeString(dir.resolve(name), STORY.replace("ferry", name.replace(".txt", "")));
    }
    Files.writeString(dir.resolve("NOTICE.md"), "# Island stories\n\nThese stories are licensed CC BY 2.5.\n\n"
        + "| file | title |\n|---|---|\n| ferry.txt | Ferry runs again |\n| storm.txt | Storm |\n"
        + "| harbour.txt | Harbour |\n");
    CollectingHandler found = new CollectingHandler();
    READER.read(dir, found);

    assertThat(found.articles).extracting(Article::source).noneMatch(s -> s.endsWith("NOTICE.md"));
    assertThat(found.articles).hasSize(3);
    assertThat(found.skipped).singleElement().asString()
        .endsWith("NOTICE.md: names 3 of the files beside it (ferry.txt, storm.txt, harbour.txt, ...), not an article");
  }

  @Test
  void aStoryThatNamesAFileOrTwoIsStillAnArticle() throws IOException {
    Files.writeString(dir.resolve("budget.pdf"), "not read here");
    Files.writeString(dir.resolve("minutes.txt"), STORY);
    Files.writeString(dir.resolve("council.txt"), "Council publishes budget\n\nThe council put budget.pdf"
        + " and minutes.txt on its website on Monday, and the harbour fees rise by a tenth in spring.\n");
    CollectingHandler found = new CollectingHandler();
    READER.read(dir.resolve("council.txt"), found);

    assertThat(found.skipped).isEmpty();
    assertThat(found.articles).hasSize(1);
  }

  @Test
  void fileNamesOfAnotherFolderDoNotCount() throws IOException {
    Files.writeString(dir.resolve("index.md"), "# Files\n\nferry.txt, storm.txt, harbour.txt, pier.txt:"
        + " the stories of the winter, kept in the archive of the island's paper since the storms.\n");
    CollectingHandler found = new CollectingHandler();
    READER.read(dir, found);

    assertThat(found.skipped).isEmpty();
    assertThat(found.articles).hasSize(1);
  }
}
