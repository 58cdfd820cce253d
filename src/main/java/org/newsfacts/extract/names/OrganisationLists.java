package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Names listed side by side are names of one kind: in "Mercantile, Commerce and Halden", "Lotte and
 * Hyundai, Haitai and Samsung" or "Orgy, Yes, Gentle Giant and Velvet Revolver", where the tagger
 * found two organisations or more, the names it left untagged or took for a place it does not know
 * are organisations too. The tagger reads each name alone, and a band or a bank it never saw
 * becomes a place or nothing; the list says what they are.
 *
 * <p>Only a list of three names or more, separated by commas, "and" or "or", with more
 * organisations than people and nothing else named in it. A person keeps its type (lists mix bands
 * and singers), and so does a place the gazetteer knows, a name ending as a description
 * ("Ohio-based") and a lone capitalised word that opens the sentence ("Yesterday, Norwest and
 * KeyCorp").
 */
public final class OrganisationLists {
  private static final Pattern SEPARATOR =
      Pattern.compile("[ \\t]*(?:,[ \\t]*(?:(?:and|or)[ \\t]+)?|(?:and|or)[ \\t]+)");
  private static final Pattern DESCRIPTIVE_END = Pattern.compile("-\\p{Ll}+$");
  private static final Pattern SENTENCE_START = Pattern.compile("(?:^|\\n|[.!?\"”:][ \\t]*)$");
  private static final int MIN_ITEMS = 3;
  private static final int MIN_ORGANISATIONS = 2;

  private final Predicate<String> isKnownPlace;

  /** {@code isKnownPlace} says whether the gazetteer knows a name as a place. */
  public OrganisationLists(Predicate<String> isKnownPlace) {
    this.isKnownPlace = isKnownPlace;
  }

  /** One name of a list: a mention, or capitalised words the tagger left untagged (mention null). */
  private record Item(int start, int end, Mention mention) {}

  public List<Mention> resolve(List<Mention> mentions, AnnotatedText annotated) {
    String text = annotated.text();
    List<Item> items = items(mentions, text);
    List<Mention> out = new ArrayList<>(mentions);
    List<Mention> added = new ArrayList<>();
    int first = 0;
    for (int i = 1; i <= items.size(); i++) {
      // Items may overlap (two mentions over "He Kang"): those are no two names of a list.
      boolean listed = i < items.size()
          && items.get(i - 1).end() <= items.get(i).start()
          && SEPARATOR.matcher(text.substring(items.get(i - 1).end(), items.get(i).start())).matches();
      if (!listed) {
        list(items.subList(first, i), out, added, annotated);
        first = i;
      }
    }
    return NameTypes.withAdded(out, added);
  }

  private void list(List<Item> list, List<Mention> out, List<Mention> added, AnnotatedText annotated) {
    if (list.size() < MIN_ITEMS) {
      return;
    }
    int organisations = 0;
    int people = 0;
    for (Item item : list) {
      MentionType type = item.mention() == null ? null : item.mention().type();
      if (type == MentionType.ORGANIZATION) {
        organisations++;
      } else if (type == MentionType.PERSON) {
        people++;
      } else if (type != null && type != MentionType.LOCATION) {
        return; // a work, an event or a nationality in the list: no list of organisations
      }
    }
    if (organisations < MIN_ORGANISATIONS || people >= organisations) {
      return;
    }
    String text = annotated.text();
    for (Item item : list) {
      Mention m = item.mention();
      String name = text.substring(item.start(), item.end());
      if (isKnownPlace.test(name) || DESCRIPTIVE_END.matcher(name).find()) {
        continue;
      }
      if (m != null && m.type() == MentionType.LOCATION) {
        out.set(out.indexOf(m), NameTypes.retyped(m, MentionType.ORGANIZATION));
      } else if (m == null && !opensSentenceAlone(name, item.start(), text)) {
        // "Banc One": the number the tagger found in the name is part of it.
        out.removeIf(o -> isNumber(o) && o.start() < item.end() && item.start() < o.end());
        Surnames.sentenceAt(annotated, item.start())
            .ifPresent(s -> added.add(
                new Mention(MentionType.ORGANIZATION, item.start(), item.end(), name, null, null, null, null, null, s)));
      }
    }
  }

  private static boolean opensSentenceAlone(String name, int start, String text) {
    return name.indexOf(' ') < 0 && SENTENCE_START.matcher(text.substring(Math.max(0, start - 3), start)).find();
  }

  private static boolean isName(Mention m) {
    return m.type() == MentionType.PERSON || m.type() == MentionType.LOCATION || m.type() == MentionType.ORGANIZATION
        || m.type() == MentionType.MISC;
  }

  private static boolean isNumber(Mention m) {
    return m.type() == MentionType.NUMBER || m.type() == MentionType.ORDINAL;
  }

  /** The article's names and its untagged runs of capitalised words, in text order. */
  private static List<Item> items(List<Mention> mentions, String text) {
    List<Item> items = new ArrayList<>();
    for (Mention m : mentions) {
      if (isName(m)) {
        items.add(new Item(m.start(), m.end(), m));
      }
    }
    for (NameRuns.Run run : NameRuns.names(text)) {
      int start = run.start();
      int end = run.end();
      String name = text.substring(start, end);
      if (!name.equals(name.toUpperCase(Locale.ROOT))
          && mentions.stream().noneMatch(o -> !isNumber(o) && o.start() < end && start < o.end())) {
        items.add(new Item(start, end, null));
      }
    }
    items.sort(Comparator.comparingInt(Item::start));
    return items;
  }
}
