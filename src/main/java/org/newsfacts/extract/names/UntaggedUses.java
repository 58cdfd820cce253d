package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * The uses of a name that the tagger left untagged, for rules that learn a name in one place of
 * the article and find it again elsewhere: a person's surname ({@link Surnames}), an acronym the
 * article introduces ({@link Acronyms}), an organisation's name or short name
 * ({@link ArticleOrganisations}, {@link ShortCompanyNames}). A use is the name as written, with no
 * letter, digit, "&" or hyphen joined to it, where no mention covers it.
 */
final class UntaggedUses {
  private UntaggedUses() {}

  /**
   * @param type what the new mentions are
   * @param accept says of each use's start offset whether the calling rule takes it (the part of
   *     speech there, say)
   */
  static List<Mention> of(
      String name, MentionType type, List<Mention> mentions, AnnotatedText annotated, IntPredicate accept) {
    String text = annotated.text();
    List<Mention> found = new ArrayList<>();
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}&-])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}&-])").matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      boolean covered = mentions.stream().anyMatch(o -> o.start() < end && start < o.end());
      if (!covered && accept.test(start)) {
        Surnames.sentenceAt(annotated, start)
            .ifPresent(s -> found.add(new Mention(type, start, end, name, null, null, null, null, null, s)));
      }
    }
    return found;
  }

  /**
   * The untagged uses of an organisation's name that are no part of a longer capitalised name
   * ("Commerce" of "Commerce Department").
   */
  static List<Mention> ofOrganisation(
      String name, List<Mention> mentions, AnnotatedText annotated, IntPredicate accept) {
    String text = annotated.text();
    return of(name, MentionType.ORGANIZATION, mentions, annotated,
        start -> !Surnames.inLongerName(text, start, start + name.length()) && accept.test(start));
  }
}
