package org.newsfacts.extract;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.BackgroundLoad;
import org.newsfacts.extract.corenlp.CoreNlpAnnotator;
import org.newsfacts.extract.names.EntityNames;
import org.newsfacts.extract.names.PronounGenders;
import org.newsfacts.extract.names.Roles;
import org.newsfacts.extract.names.TitleLexicon;
import org.newsfacts.extract.places.Geocoder;
import org.newsfacts.extract.places.PlaceGazetteer;
import org.newsfacts.extract.places.PlaceInfo;
import org.newsfacts.fact.Article;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.fact.Mention;

/** Fact extraction on CoreNLP: annotate, build mentions, canonicalise names, build facts. */
final class CoreNlpFactExtractor implements FactExtractor {
  private final CoreNlpAnnotator annotator;
  private final EntityNames names;
  private final NameRules nameRules;
  private final Roles roles;
  private final Geocoder geocoder;

  CoreNlpFactExtractor(
      CoreNlpAnnotator annotator,
      PlaceGazetteer places,
      TitleLexicon titles,
      PronounGenders genders,
      Geocoder geocoder) {
    this.annotator = annotator;
    this.names = new EntityNames(places);
    this.nameRules = new NameRules(places, titles, genders);
    this.roles = new Roles(titles);
    this.geocoder = geocoder;
  }

  /** Initialization-on-demand holder: the models load once, on first use, thread-safely. */
  private static final class Shared {
    static final CoreNlpFactExtractor INSTANCE = load();

    // The gazetteers load side by side with CoreNLP's models, each on a thread of its own.
    private static CoreNlpFactExtractor load() {
      BackgroundLoad<PlaceGazetteer> places = BackgroundLoad.start("places", PlaceGazetteer::standard);
      BackgroundLoad<TitleLexicon> titles = BackgroundLoad.start("titles", TitleLexicon::standard);
      BackgroundLoad<Geocoder> geocoder = BackgroundLoad.start("geocoder", Geocoder::standard);
      BackgroundLoad<PronounGenders> genders = BackgroundLoad.start("genders", PronounGenders::standard);
      CoreNlpAnnotator annotator = new CoreNlpAnnotator(CoreNlpAnnotator.defaultProperties());
      return new CoreNlpFactExtractor(annotator, places.get(), titles.get(), genders.get(), geocoder.get());
    }
  }

  static CoreNlpFactExtractor shared() {
    return Shared.INSTANCE;
  }

  /**
   * The article's own authors are who wrote it, not whom it is about: a name left in a
   * closing "Ann Lee is a reporter for..." line is not a person fact of the story.
   */
  private static List<Fact> withoutAuthors(List<Fact> facts, Article article, List<String> byline) {
    if (article.authors().isEmpty() && byline.isEmpty()) {
      return facts;
    }
    OwnAuthors authors = OwnAuthors.of(Stream.concat(article.authors().stream(), byline.stream()).toList());
    String text = article.text();
    return facts.stream()
        .filter(fact -> !(fact instanceof PersonFact person) || !authors.names(person.name())
            && !authors.signs(text.substring(person.start(), person.end()), person.sentence()))
        .toList();
  }

  /** CoreNLP's reading of the article, credit lines blanked. */
  AnnotatedText annotate(Article article) {
    // Credits blanked, not cut: mention offsets stay offsets into the article's own text.
    return annotator.annotate(CreditLines.blank(article.text()), article.published());
  }

  /** The article's mentions, with the name rules {@code ruleOn} accepts by name run on them. */
  List<Mention> mentions(AnnotatedText annotated, Predicate<String> ruleOn) {
    List<Mention> named = nameRules.apply(MentionBuilder.build(annotated), annotated, ruleOn);
    return geocoder.locate(names.canonicalise(named, annotated.text()));
  }

  /** The name rules' names, in the order they run. */
  List<String> nameRules() {
    return nameRules.names();
  }

  @Override
  public ExtractedArticle extract(Article article) {
    AnnotatedText annotated = annotate(article);
    String news = annotated.text();
    List<Mention> mentions = mentions(annotated, rule -> true);
    // "Getting to grips with Obama-mania\n\nAnn Lee\n\n...": the byline without its "By".
    List<String> byline = HeadlineBylines.names(mentions, news);
    List<Fact> facts = StormNames.withoutStorms(LetterCodes.withoutCodes(MixedKindPeople.withoutMixed(
        withoutAuthors(FactBuilder.build(annotated, mentions, roles), article, byline), news)), news);
    return ExtractedArticle.of(article, mentions, facts);
  }
}
