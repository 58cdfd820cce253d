package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * A club the article names in full by a place and a nickname ("the Kansas City Royals", "the
 * Detroit Red Wings", "the Utah Jazz") is the club where it calls it by the nickname alone: "in
 * defeating the Royals", "The Capitals had beaten Buffalo", "Bulls coach Phil Jackson", and the
 * headline in capitals over the story, "RED WINGS SWEEP CAPITALS". The tagger reads the lone
 * nickname as nothing. The nickname is what follows a place the gazetteer knows, or else a
 * capitalised plural at the end ("the Montreal Crystals"); not a company's trade, legal form or
 * head word ("Holdings", "Airlines", "Exchange" of "Hong Kong Stock Exchange"). A use counts after
 * "the", before the post of a club's player or coach ({@link TeamContexts#ROLE_AFTER}), or in a
 * line in capitals.
 */
public final class TeamNicknames {
  private static final Pattern PLURAL = Pattern.compile("\\p{Lu}\\p{Ll}+[^s]s");
  private static final Pattern NICKNAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}]+");
  private static final Pattern THE_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])the[ \\t]$");
  private static final int LONGEST_NICKNAME = 2;

  private final Predicate<String> isPlace;

  /** {@code isPlace} says whether the gazetteer knows a name as a place. */
  public TeamNicknames(Predicate<String> isPlace) {
    this.isPlace = isPlace;
  }

  public List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    Set<String> nicknames = new LinkedHashSet<>();
    Set<String> afterPlace = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if (m.type() == MentionType.ORGANIZATION) {
        String[] words = m.text().strip().split("\\s+");
        afterPlace(words).ifPresent(afterPlace::add);
        String last = words[words.length - 1];
        if (words.length >= 2 && PLURAL.matcher(last).matches() && nicknameWord(last)) {
          nicknames.add(last);
        }
      }
    }
    // A nickname that is no plural ("Jazz", "Lightning") only in a story of clubs, where another
    // club is a place and a plural ("Chicago Bulls"): "NY Dow" and "U.S. Steel" are no clubs.
    if (afterPlace.stream().anyMatch(n -> PLURAL.matcher(n.substring(n.lastIndexOf(' ') + 1)).matches())) {
      nicknames.addAll(afterPlace);
    }
    String text = annotated.text();
    List<Mention> added = new ArrayList<>();
    // The longer nickname first: "RED WINGS" before "WINGS".
    List<String> longestFirst = nicknames.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    for (String nickname : longestFirst) {
      added.addAll(UntaggedUses.of(nickname, MentionType.ORGANIZATION, mentions, annotated,
          start -> nicknameUse(text, start, start + nickname.length())));
      String capitals = nickname.toUpperCase(Locale.ROOT);
      added.addAll(UntaggedUses.of(capitals, MentionType.ORGANIZATION, mentions, annotated,
          start -> inCapitals(annotated, start) && !endsFullName(text, start + capitals.length(), mentions)));
    }
    return NameTypes.withAdded(mentions, added);
  }

  /** The words of a club's full name after the place it begins with ("Red Wings"), if any. */
  private Optional<String> afterPlace(String[] words) {
    for (int k = words.length - 1; k >= 1; k--) {
      List<String> rest = Arrays.asList(words).subList(k, words.length);
      if (rest.size() <= LONGEST_NICKNAME && rest.stream().allMatch(TeamNicknames::nicknameWord)
          && isPlace.test(String.join(" ", Arrays.asList(words).subList(0, k)))) {
        return Optional.of(String.join(" ", rest));
      }
    }
    return Optional.empty();
  }

  // "the Capitals", "The Capitals had", "Bulls coach": not inside a longer name ("the Capitals
  // Cup", "Tessen Bulls coach").
  private static boolean nicknameUse(String text, int start, int end) {
    boolean the = THE_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find();
    boolean role = TeamContexts.ROLE_AFTER.matcher(text.substring(end)).lookingAt();
    return (the || role) && !Surnames.inLongerName(text, start, end);
  }

  // "NEW YORK RANGERS" in capitals: the nickname ends a club's full name there.
  private static boolean endsFullName(String text, int end, List<Mention> mentions) {
    String upper = text.toUpperCase(Locale.ROOT);
    return mentions.stream()
        .filter(m -> m.type() == MentionType.ORGANIZATION)
        .map(m -> m.text().toUpperCase(Locale.ROOT))
        .anyMatch(full -> end >= full.length() && upper.startsWith(full, end - full.length()));
  }

  private static boolean nicknameWord(String word) {
    return NICKNAME_WORD.matcher(word).matches() && !ShortCompanyNames.isLegalForm(word)
        && !ShortCompanyNames.isTradeWord(word) && !OrganisationHeads.HEADS.contains(word);
  }

  // A headline or dateline: no small letter in the sentence.
  private static boolean inCapitals(AnnotatedText annotated, int offset) {
    return Surnames.sentenceAt(annotated, offset)
        .map(i -> annotated.sentences().get(i))
        .map(s -> s.textIn(annotated.text()))
        .map(s -> s.equals(s.toUpperCase(Locale.ROOT)))
        .orElse(false);
  }
}
