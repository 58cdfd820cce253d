package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * A person the article names only by one word ("Python", "Deloitte", "App") is checked against
 * what that word is elsewhere. The statistical model, trained on 1990s newswire, takes a
 * capitalised word it has never seen for a surname, and on web pages about software, apps and
 * services the products and companies became the most-mentioned "people". A one-word name that
 * belongs to one of the article's people named in full ("Musk" of "Elon Musk") is left alone, as
 * is a first name CoreNLP lists and a name a title stands before ("Dr. Nner").
 *
 * <ul>
 *   <li>The article also uses the word in lower case ("the app", "a webcam", "blockchain
 *       networks"): it is a common noun written with a capital in a heading or list, no name.
 *   <li>The web calls the word "it" far more often than "he" or "she" ({@link PronounGenders}):
 *       a place where the gazetteer knows it ("Nashua"), an organisation otherwise ("Deloitte",
 *       "Sears", "Deportivo").
 * </ul>
 */
public final class OneWordPeople {
  private static final Set<String> HONORIFICS =
      Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir", "dame", "lady", "lord", "madame", "monsieur");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "his", "her", "him", "himself", "herself");
  // How many tokens after a name a pronoun may stand and still speak of it.
  private static final int PRONOUN_REACH = 4;
  // At least one use in this many must bear a title or a pronoun for the name to stay a person.
  private static final int EVIDENCE_SHARE = 3;
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
  private static final Pattern ONE_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}'’.-]*");

  private final PronounGenders genders;
  private final TitleLexicon titles;
  private final Predicate<String> isPlace;

  public OneWordPeople(PronounGenders genders, TitleLexicon titles, Predicate<String> isPlace) {
    this.genders = genders;
    this.titles = titles;
    this.isPlace = isPlace;
  }

  public List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    // Longer names first, so that "Android App" no longer shields a lone "App".
    List<Mention> named = retyped(mentions, thingNames(mentions, annotated));
    Map<String, MentionType> retype = new LinkedHashMap<>();
    // Each name is judged once, however often the article uses it.
    Set<String> judged = new HashSet<>();
    for (Mention m : named) {
      if (m.type() == MentionType.PERSON && judged.add(m.text()) && isCandidate(m.text(), named)) {
        MentionType type = newType(m.text(), named, annotated);
        if (type != null) {
          retype.put(m.text(), type);
        }
      }
    }
    return retyped(named, retype);
  }

  /**
   * "Android App", "DSLR Cameras", "Ferah Team": a longer "person" whose last word the web calls
   * "it", which the article also writes in lower case ("the app"), and whose first word is no
   * first name or initial is a product or a company. "Harrison Ford" keeps its first name, "Vince
   * Young" a last word the web calls "he", "S. Law" its initial.
   */
  private Map<String, MentionType> thingNames(List<Mention> mentions, AnnotatedText annotated) {
    Map<String, MentionType> retype = new LinkedHashMap<>();
    for (Mention m : mentions) {
      String[] words = m.text().strip().split("\\s+");
      if (m.type() != MentionType.PERSON || words.length < 2 || retype.containsKey(m.text())) {
        continue;
      }
      String first = words[0];
      String last = words[words.length - 1];
      if (ONE_WORD.matcher(last).matches() && genders.isThing(last) && usedInLowerCase(last, annotated.text())
          && !INITIAL.matcher(first).matches() && !genders.isFirstName(first)
          && !personEvidence(m.text(), mentions, annotated)) {
        retype.put(m.text(), MentionType.ORGANIZATION);
      }
    }
    return retype;
  }

  private static List<Mention> retyped(List<Mention> mentions, Map<String, MentionType> retype) {
    if (retype.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      MentionType type = m.type() == MentionType.PERSON ? retype.get(m.text()) : null;
      out.add(type == null ? m : NameTypes.retyped(m, type));
    }
    return out;
  }

  private boolean isCandidate(String name, List<Mention> mentions) {
    return ONE_WORD.matcher(name).matches()
        && !genders.isFirstName(name)
        && !NameRuns.inLongerPersonName(name, mentions);
  }

  /** The type the name takes instead of a person, or null where it stays one. */
  private MentionType newType(String name, List<Mention> mentions, AnnotatedText annotated) {
    if (personEvidence(name, mentions, annotated)) {
      return null;
    }
    if (usedInLowerCase(name, annotated.text()) && !caseUnreliable(name, mentions, annotated.text())) {
      return MentionType.MISC;
    }
    if (genders.isThing(name)) {
      return isPlace.test(name) ? MentionType.LOCATION : MentionType.ORGANIZATION;
    }
    return null;
  }

  /**
   * Wire copy that a system wrote partly in lower case ("venezuela", "manuel azpurua told") says
   * nothing by a lower-case word: when another one-word name of the article, a place or an
   * organisation, also appears in lower case, the article's case is not to be trusted.
   */
  private static boolean caseUnreliable(String name, List<Mention> mentions, String text) {
    return mentions.stream()
        .filter(m -> (m.type() == MentionType.LOCATION || m.type() == MentionType.ORGANIZATION)
            && !m.text().equals(name) && ONE_WORD.matcher(m.text()).matches())
        .map(Mention::text)
        .distinct()
        .anyMatch(other -> usedInLowerCase(other, text));
  }

  // "the app" beside "App"; a name in capitals ("CLI") is compared as written in lower case.
  private static boolean usedInLowerCase(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals(name)) {
      return false;
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}_/.@#-])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}_/@-])")
        .matcher(text)
        .find();
  }

  /**
   * "Dr. Nner", "General Kutuzov", "Mr. Cleric": a title in front of a mention makes a person,
   * and so does a personal pronoun a few words after one ("Filippo and his team"), when at least
   * a third of the name's uses have one.
   */
  private boolean personEvidence(String name, List<Mention> mentions, AnnotatedText annotated) {
    int uses = 0;
    int personal = 0;
    for (Mention m : mentions) {
      if (m.type() != MentionType.PERSON || !m.text().equals(name)) {
        continue;
      }
      uses++;
      for (AnnotatedText.Sentence s : annotated.sentences()) {
        if (s.begin() <= m.start() && m.start() < s.end() && (titled(s.tokens(), m) || pronounAfter(s.tokens(), m))) {
          personal++;
          break;
        }
      }
    }
    // CoreNLP's title list is broad ("mobile", "checker"): one "Mobile App" heading among
    // twenty-eight uses of "App" says nothing, one "General Kutuzov" in one use says much.
    return personal > 0 && personal * EVIDENCE_SHARE >= uses;
  }

  private boolean titled(List<AnnotatedText.Token> tokens, Mention m) {
    for (int i = 1; i < tokens.size(); i++) {
      if (tokens.get(i).begin() != m.start()) {
        continue;
      }
      for (int words = 1; words <= Math.min(i, titles.longestWords()); words++) {
        StringBuilder title = new StringBuilder();
        for (int k = i - words; k < i; k++) {
          title.append(k > i - words ? " " : "").append(tokens.get(k).word());
        }
        String candidate = title.toString();
        if (titles.isTitle(candidate) || titles.isTitle(candidate.replaceFirst("\\.$", ""))
            || HONORIFICS.contains(candidate.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean pronounAfter(List<AnnotatedText.Token> tokens, Mention m) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).begin() >= m.end()) {
        for (int k = i; k < Math.min(tokens.size(), i + PRONOUN_REACH); k++) {
          if (PRONOUNS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }
}
