package org.newsfacts.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PassageTextTest {
  @Test
  void collapsesWhiteSpaceAndKeepsTheMatchesInPlace() {
    String content = "Intro.\n  The   U.S.\ttroops\n\nleave al-Abbasi  said.  ";
    Snippet snippet = of(content, 7, content.length(), "troops", "al-Abbasi");
    assertThat(snippet.text()).isEqualTo("The U.S. troops leave al-Abbasi said.");
    assertThat(snippet.highlights()).containsExactly(new Snippet.Span(9, 15), new Snippet.Span(22, 31));
    assertThat(snippet.marked("**", "**")).isEqualTo("The U.S. **troops** leave **al-Abbasi** said.");
  }

  @Test
  void aRunOnSentenceIsCutRoundItsFirstMatch() {
    String content = "word ".repeat(200) + "troops " + "word ".repeat(200);
    Snippet snippet = of(content, 0, content.length(), "troops");
    assertThat(snippet.text()).startsWith("… word").endsWith("word …");
    assertThat(snippet.text().length()).isLessThanOrEqualTo(PassageText.MAX_LENGTH + 4);
    Snippet.Span span = snippet.highlights().get(0);
    assertThat(snippet.text().substring(span.start(), span.end())).isEqualTo("troops");
  }

  @Property(tries = 300)
  void everyHighlightCoversItsMatch(@ForAll("passages") Case c) {
    Snippet snippet = PassageText.of(c.passage(), c.content());
    assertThat(snippet.text()).doesNotContain("  ").doesNotContain("\n").doesNotContain("\t");
    assertThat(snippet.text()).isEqualTo(snippet.text().strip());
    assertThat(snippet.text().length()).isLessThanOrEqualTo(PassageText.MAX_LENGTH + 4);
    for (Snippet.Span span : snippet.highlights()) {
      String marked = snippet.text().substring(span.start(), span.end());
      // A cut may shorten the match at the window's edge; it is never other text.
      assertThat(c.matchTexts()).anyMatch(m -> m.contains(marked));
    }
    if (snippet.text().length() < PassageText.MAX_LENGTH - 10) {
      assertThat(snippet.highlights()).hasSize(c.matchTexts().size());
    }
  }

  /** A passage of words and white space with some words matched. */
  record Case(String content, Passage passage, List<String> matchTexts) {}

  @Provide
  Arbitrary<Case> passages() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9);
    Arbitrary<String> space = Arbitraries.of(" ", "  ", "\n", " \t ", "\n\n");
    Arbitrary<List<String>> words = word.list().ofMinSize(1).ofMaxSize(120);
    Arbitrary<List<String>> spaces = space.list().ofSize(121);
    Arbitrary<List<Boolean>> matched = Arbitraries.of(true, false, false, false).list().ofSize(120);
    return Combinators.combine(words, spaces, matched).as((ws, ss, ms) -> {
      StringBuilder content = new StringBuilder(ss.get(120));
      List<int[]> spans = new java.util.ArrayList<>();
      List<String> texts = new java.util.ArrayList<>();
      for (int i = 0; i < ws.size(); i++) {
        int start = content.length();
        content.append(ws.get(i));
        if (ms.get(i)) {
          spans.add(new int[] {start, content.length()});
          texts.add(ws.get(i));
        }
        content.append(ss.get(i));
      }
      // The highlighter's passages start and end at sentence breaks; the matches lie inside.
      Passage passage = new Passage();
      passage.setStartOffset(0);
      passage.setEndOffset(content.length());
      for (int i = 0; i < spans.size(); i++) {
        passage.addMatch(spans.get(i)[0], spans.get(i)[1], new BytesRef(texts.get(i)), 1);
      }
      return new Case(content.toString(), passage, texts);
    });
  }

  private static Snippet of(String content, int start, int end, String... matches) {
    Passage passage = new Passage();
    passage.setStartOffset(start);
    passage.setEndOffset(end);
    for (String match : matches) {
      int at = content.indexOf(match, start);
      passage.addMatch(at, at + match.length(), new BytesRef(match), 1);
    }
    return PassageText.of(passage, content);
  }
}
