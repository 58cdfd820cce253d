package org.newsfacts.extract.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfacts.extract.corenlp.DerivedLines;
import org.newsfacts.extract.places.CoreNlpPlaceList;

/**
 * Titles and offices ("defense minister", "prime minister", "rep.") that name a person's role.
 * Read once from the TITLE entries of CoreNLP's KBP gazetteer (26,000 of them), as data: running
 * CoreNLP's fine-grained tagger to find them costs most of its time (stanfordnlp/CoreNLP#851).
 */
public final class TitleLexicon {
  // Abbreviated titles news uses before names; the gazetteer spells most of them out.
  private static final List<String> ABBREVIATIONS =
      List.of(
          "rep.", "sen.", "gov.", "lt. gov.", "pres.", "gen.", "lt. gen.", "maj. gen.", "brig. gen.",
          "col.", "lt. col.", "maj.", "capt.", "lt.", "sgt.", "adm.", "cmdr.", "amb.", "supt.",
          "insp.", "det.", "prof.", "dr.", "rev.", "msgr.", "atty. gen.", "sec.", "treas.", "cpl.",
          "pvt.", "mayor", "judge", "justice");

  private static final class Holder {
    static final TitleLexicon STANDARD = load();
  }

  private final Set<String> titles;
  private final int longestWords;

  private TitleLexicon(Set<String> titles) {
    this.titles = Set.copyOf(titles);
    this.longestWords = titles.stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
  }

  /** The lexicon, loaded on first use; thread-safe. */
  public static TitleLexicon standard() {
    return Holder.STANDARD;
  }

  /** True when the words, joined by single spaces, are a title (any case). */
  public boolean isTitle(String words) {
    return titles.contains(words.toLowerCase(Locale.ROOT));
  }

  /** The most words a title has, so callers know how far to look. */
  public int longestWords() {
    return longestWords;
  }

  // The gazetteer's titles are kept in the build folder after the first run (DerivedLines): the
  // file is 18 MB inflated, of which a few thousand lines are titles.
  private static TitleLexicon load() {
    Set<String> titles = new HashSet<>(ABBREVIATIONS);
    titles.addAll(
        DerivedLines.of(
            "titles",
            List.of(TitleLexicon.class.getResource(CoreNlpPlaceList.CASELESS)),
            TitleLexicon::gazetteerTitles));
    return new TitleLexicon(titles);
  }

  /** The plain titles of CoreNLP's caseless KBP gazetteer, lower case, in file order. */
  private static List<String> gazetteerTitles() {
    List<String> titles = new ArrayList<>();
    try (InputStream in = TitleLexicon.class.getResourceAsStream(CoreNlpPlaceList.CASELESS)) {
      if (in != null) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          int tab = line.indexOf('\t');
          // Regular-expression entries ("vice\\-president") are not plain phrases: skipped.
          if (tab > 0 && line.startsWith("TITLE\t", tab + 1) && line.indexOf('\\') < 0) {
            titles.add(line.substring(0, tab).toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CoreNLP title gazetteer", e);
    }
    return titles;
  }
}
