package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * A club the article names in full by a place and a plural ("the Kansas City Royals", "the
 * Montreal Crystals") is the club where it calls it by the plural alone: "in defeating the
 * Royals", "when the Crystals won". The tagger reads the lone plural as nothing. Only after "the",
 * as news writes a club's nickname, and not a company's trade or legal form ("Holdings", "Airlines").
 */
public final class TeamNicknames {
  private static final Pattern PLURAL = Pattern.compile("\\p{Lu}\\p{Ll}+[^s]s");
  private static final Pattern THE_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])the[ \\t]$");

  private TeamNicknames() {}

  public static List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    Set<String> nicknames = new LinkedHashSet<>();
    for (Mention m : mentions) {
      String[] words = m.text().strip().split("\\s+");
      String last = words[words.length - 1];
      if (m.type() == MentionType.ORGANIZATION && words.length >= 2 && PLURAL.matcher(last).matches()
          && !ShortCompanyNames.isLegalForm(last) && !ShortCompanyNames.isTradeWord(last)) {
        nicknames.add(last);
      }
    }
    String text = annotated.text();
    List<Mention> added = new ArrayList<>();
    for (String nickname : nicknames) {
      added.addAll(UntaggedUses.ofOrganisation(nickname, mentions, annotated,
          start -> THE_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find()));
    }
    return NameTypes.withAdded(mentions, added);
  }
}
