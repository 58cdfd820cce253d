package org.newsfacts.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.SentenceMentions;
import org.newsfacts.extract.dates.TimexValues;
import org.newsfacts.extract.names.Roles;
import org.newsfacts.extract.numbers.QuantityFinder;
import org.newsfacts.fact.EventFact;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.GeoPoint;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;
import org.newsfacts.fact.OrganizationFact;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.fact.PlaceFact;

/**
 * Builds an article's facts from its canonicalised mentions: one fact per person, place and
 * organisation; one per counted quantity; one per sentence date (a dated event).
 */
final class FactBuilder {
  private FactBuilder() {}

  static List<Fact> build(AnnotatedText annotated, List<Mention> mentions, Roles roles) {
    List<SentenceMentions> sentences = bySentence(annotated, mentions);
    String text = annotated.text();
    List<Fact> facts = new ArrayList<>();
    facts.addAll(people(annotated, mentions, roles));
    facts.addAll(places(mentions, annotated));
    facts.addAll(organizations(mentions, annotated));
    for (SentenceMentions s : sentences) {
      facts.addAll(QuantityFinder.find(s, text));
    }
    for (SentenceMentions s : sentences) {
      facts.addAll(events(s, text));
    }
    return facts;
  }

  private static List<SentenceMentions> bySentence(AnnotatedText annotated, List<Mention> mentions) {
    List<List<Mention>> grouped = new ArrayList<>();
    annotated.sentences().forEach(s -> grouped.add(new ArrayList<>()));
    mentions.forEach(m -> grouped.get(m.sentence()).add(m));
    List<SentenceMentions> out = new ArrayList<>();
    for (Sentence s : annotated.sentences()) {
      out.add(new SentenceMentions(s, grouped.get(s.index())));
    }
    return out;
  }

  private static List<Fact> people(AnnotatedText annotated, List<Mention> mentions, Roles roles) {
    Map<String, List<Mention>> byName = group(mentions, MentionType.PERSON);
    List<Fact> facts = new ArrayList<>();
    byName.forEach(
        (name, all) -> {
          Mention first = all.get(0);
          String role =
              all.stream()
                  .map(m -> roles.of(m, annotated.sentences().get(m.sentence()), annotated.text()))
                  .filter(r -> r != null)
                  .findFirst()
                  .orElse(null);
          facts.add(
              new PersonFact(
                  name, role, all.size(), first.start(), first.end(), sentenceOf(first, annotated)));
        });
    return facts;
  }

  private static List<Fact> places(List<Mention> mentions, AnnotatedText annotated) {
    List<Fact> facts = new ArrayList<>();
    group(mentions, MentionType.LOCATION)
        .forEach(
            (name, all) -> {
              Mention first = all.get(0);
              String subtype =
                  all.stream().map(Mention::subtype).filter(t -> t != null).findFirst().orElse(null);
              String iso = all.stream().map(Mention::iso).filter(t -> t != null).findFirst().orElse(null);
              GeoPoint point =
                  all.stream().map(Mention::geoPoint).filter(p -> p != null).findFirst().orElse(null);
              facts.add(
                  new PlaceFact(
                          name, subtype, iso, all.size(), first.start(), first.end(), sentenceOf(first, annotated))
                      .located(point));
            });
    return facts;
  }

  private static List<Fact> organizations(List<Mention> mentions, AnnotatedText annotated) {
    List<Fact> facts = new ArrayList<>();
    group(mentions, MentionType.ORGANIZATION)
        .forEach(
            (name, all) -> {
              Mention first = all.get(0);
              facts.add(
                  new OrganizationFact(
                      name, all.size(), first.start(), first.end(), sentenceOf(first, annotated)));
            });
    return facts;
  }

  private static List<Fact> events(SentenceMentions s, String text) {
    List<Fact> facts = new ArrayList<>();
    for (Mention date : s.ofType(MentionType.DATE)) {
      if (date.timex() == null || !TimexValues.isCalendarDate(date.timex())) {
        continue;
      }
      facts.add(
          new EventFact(
              date.timex(),
              date.text(),
              canonicalNames(s.ofType(MentionType.PERSON)),
              canonicalNames(s.ofType(MentionType.LOCATION)),
              date.start(),
              date.end(),
              s.sentence().textIn(text)));
    }
    return facts;
  }

  private static List<String> canonicalNames(List<Mention> mentions) {
    return mentions.stream().map(Mention::canonical).distinct().toList();
  }

  private static Map<String, List<Mention>> group(List<Mention> mentions, MentionType type) {
    Map<String, List<Mention>> byName = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.type() == type && m.canonical() != null) {
        byName.computeIfAbsent(m.canonical(), k -> new ArrayList<>()).add(m);
      }
    }
    return byName;
  }

  private static String sentenceOf(Mention m, AnnotatedText annotated) {
    return annotated.sentences().get(m.sentence()).textIn(annotated.text());
  }
}
