package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
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
 * <p>The tail may also hold the words for a company's trade that news drops with the legal form
 * ("Slack Technologies" ... "Slack chief executive", "Roosevelt Financial Group Inc" ... "Mercantile,
 * Commerce and Roosevelt"), and a web company's ".com" ("Salesforce.com Inc" ... "The deal puts
 * Salesforce"). The short name must not be a place the gazetteer knows ("Texas" of "Texas Corp"),
 * a nationality ("British" of "British Petroleum"), a word the article also writes in lower case
 * ("General" of "General Motors" beside "general manager") or a word that starts longer
 * capitalised names ("Halden Street"); a place tag stays, and a person tag stays where one of the article's people
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
  // Words for a company's trade that stand between its own name and its legal form, and go with it.
  private static final Set<String> TRADE_WORDS =
      Set.of(
          "Technologies", "Technology", "Interactive", "Therapeutics", "Pharmaceuticals", "Brands", "Airlines",
          "Airways", "Systems", "Communications", "Entertainment", "Networks", "Labs", "Software", "Industries",
          "Enterprises", "Financial", "Motors", "Energy", "Media");
  private static final Pattern NAME_START = Pattern.compile("\\p{Lu}");
  // A web company's domain after its name: "Salesforce.com".
  private static final Pattern DOMAIN = Pattern.compile("(?<=\\p{L})\\.com$");

  private final Predicate<String> isPlace;

  /** Whether the word is a company's legal form ("Inc", "AG", "Holdings"). */
  static boolean isLegalForm(String word) {
    return LEGAL_FORMS.contains(word);
  }

  /** Whether the word names a company's trade ("Technologies", "Airlines"). */
  static boolean isTradeWord(String word) {
    return TRADE_WORDS.contains(word);
  }

  /** {@code isPlace} says whether the gazetteer knows a name as a place. */
  public ShortCompanyNames(Predicate<String> isPlace) {
    this.isPlace = isPlace;
  }

  public List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    Set<String> shortNames = shortNames(mentions);
    shortNames.removeIf(name -> usedInLowerCase(name, annotated.text()));
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
      if (!isPlace.test(name)) {
        added.addAll(UntaggedUses.ofOrganisation(name, out, annotated, start -> properNounAt(annotated, start)));
      }
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
      while (kept > 0 && (LEGAL_FORMS.contains(words[kept - 1]) || TRADE_WORDS.contains(words[kept - 1])
          || words[kept - 1].equals(","))) {
        kept--;
      }
      String name = String.join(" ", List.of(words).subList(0, kept));
      String withoutDomain = DOMAIN.matcher(name).replaceFirst("");
      boolean shortened = kept < words.length || withoutDomain.length() < name.length();
      name = withoutDomain;
      if (!shortened || kept == 0) {
        continue;
      }
      if (name.equals("The") || name.startsWith("The ") || !NAME_START.matcher(name.substring(0, 1)).matches()) {
        continue;
      }
      out.add(name);
    }
    return out;
  }

  // "general manager" beside "General Motors": the short name is a common word.
  private static boolean usedInLowerCase(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    return !lower.equals(name)
        && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}])").matcher(text).find();
  }

  // A word or a comma before: not the first word after a full stop, a colon or a quotation mark.
  private static boolean insideSentence(AnnotatedText.Token previous) {
    String word = previous.word();
    int c = word.codePointBefore(word.length());
    return Character.isLetterOrDigit(c) || c == ',';
  }

  // "News Corp" must not make every sentence that opens with "News" a mention of the company: the
  // part-of-speech tagger tells the name from the common word there. Inside a sentence the capital
  // says it, where the tagger has never seen the name ("puts Salesforce/NN in").
  private static boolean properNounAt(AnnotatedText annotated, int offset) {
    for (AnnotatedText.Sentence s : annotated.sentences()) {
      if (s.begin() <= offset && offset < s.end()) {
        List<AnnotatedText.Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
          if (tokens.get(i).begin() == offset) {
            return tokens.get(i).hasTag("NNP") || (i > 0 && tokens.get(i).hasTag("NN") && insideSentence(tokens.get(i - 1)));
          }
        }
        return false;
      }
    }
    return false;
  }

}
