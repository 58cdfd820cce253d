package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * A company the article names once with its legal form ("Lindqvar Corp", "Halden Bancorp Inc.",
 * "Vossberg AG") is the same company where the article drops the form, as news does after the
 * first mention: "Lindqvar said", "grab Halden or Commerce". The tagger, reading one sentence at a
 * time, leaves such short names untagged or takes a one-word one for a surname.
 *
 * <p>Only the name before a tail made of legal forms alone counts, so "Roosevelt Financial Group
 * Inc" gives "Roosevelt Financial", never "Roosevelt". The short name must not be a place the
 * gazetteer knows ("Texas" of "Texas Corp") or a word that starts longer capitalised names
 * ("Halden Street"); a place tag stays, and a person tag stays where one of the article's people
 * bears the name in a longer one ("Ford" beside "Henry Ford"). An untagged use must be a proper
 * noun to the part-of-speech tagger.
 */
public final class ShortCompanyNames {
  // Legal forms and the words for a holding that stand after a company's own name. "AG", "SA" and
  // "NV" are safe here, after a name the tagger already called an organisation.
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "Inc", "Inc.", "Incorporated", "Corp", "Corp.", "Corporation", "Co", "Co.", "Cos", "Cos.",
          "Ltd", "Ltd.", "Limited", "Plc", "PLC", "plc", "LLC", "LLP", "LP", "L.P.", "GmbH", "AG",
          "SA", "S.A.", "NV", "N.V.", "SE", "SpA", "S.p.A.", "ASA", "AB", "Oyj", "BV", "B.V.",
          "Group", "Holdings", "Holding", "Bancorp", "Bancorporation", "Bancshares");
  private static final Pattern NAME_START = Pattern.compile("\\p{Lu}");

  private final Predicate<String> isPlace;

  /** Whether the word is a company's legal form ("Inc", "AG", "Holdings"). */
  static boolean isLegalForm(String word) {
    return LEGAL_FORMS.contains(word);
  }

  /** {@code isPlace} says whether the gazetteer knows a name as a place. */
  public ShortCompanyNames(Predicate<String> isPlace) {
    this.isPlace = isPlace;
  }

  public List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    Set<String> shortNames = shortNames(mentions);
    if (shortNames.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      boolean person = m.type() == MentionType.PERSON
          && shortNames.contains(m.text())
          && !NameRuns.inLongerPersonName(m.text(), mentions);
      out.add(person ? NameTypes.retyped(m, MentionType.ORGANIZATION) : m);
    }
    List<Mention> added = new ArrayList<>();
    for (String name : shortNames) {
      added.addAll(untagged(name, out, annotated));
    }
    return NameTypes.withAdded(out, added);
  }

  /** The organisations' names without their legal forms, where that leaves a name of its own. */
  Set<String> shortNames(List<Mention> mentions) {
    Set<String> out = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if (m.type() != MentionType.ORGANIZATION || m.text().contains("\n")) {
        continue;
      }
      String[] words = m.text().strip().split("\\s+");
      int kept = words.length;
      while (kept > 0 && (LEGAL_FORMS.contains(words[kept - 1]) || words[kept - 1].equals(","))) {
        kept--;
      }
      if (kept == words.length || kept == 0) {
        continue;
      }
      String name = String.join(" ", List.of(words).subList(0, kept));
      if (name.equals("The") || name.startsWith("The ") || !NAME_START.matcher(name.substring(0, 1)).matches()
          || isPlace.test(name)) {
        continue;
      }
      out.add(name);
    }
    return out;
  }

  private static List<Mention> untagged(String name, List<Mention> mentions, AnnotatedText annotated) {
    String text = annotated.text();
    List<Mention> found = new ArrayList<>();
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}&-])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}&-])").matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      boolean covered = mentions.stream().anyMatch(o -> o.start() < end && start < o.end());
      if (!covered && !Surnames.inLongerName(text, start, end) && properNounAt(annotated, start)) {
        Surnames.sentenceAt(annotated, start)
            .ifPresent(s -> found.add(new Mention(MentionType.ORGANIZATION, start, end, name, null, null, null, null, null, s)));
      }
    }
    return found;
  }

  // "News Corp" must not make every sentence that opens with "News" a mention of the company: the
  // part-of-speech tagger tells the name from the common word there.
  private static boolean properNounAt(AnnotatedText annotated, int offset) {
    for (AnnotatedText.Sentence s : annotated.sentences()) {
      if (s.begin() <= offset && offset < s.end()) {
        return s.tokens().stream().anyMatch(t -> t.begin() == offset && t.hasTag("NNP"));
      }
    }
    return false;
  }
}
