package org.newsfacts.extract;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.CoreNlpAnnotator;
import org.newsfacts.extract.names.EntityNames;
import org.newsfacts.extract.names.OrganisationHeads;
import org.newsfacts.extract.names.Roles;
import org.newsfacts.extract.names.TitleLexicon;
import org.newsfacts.extract.places.Geocoder;
import org.newsfacts.extract.places.PlaceGazetteer;
import org.newsfacts.fact.Article;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.Mention;

/** Fact extraction on CoreNLP: annotate, build mentions, canonicalise names, build facts. */
final class CoreNlpFactExtractor implements FactExtractor {
  private final CoreNlpAnnotator annotator;
  private final EntityNames names;
  private final OrganisationHeads organisations;
  private final Roles roles;
  private final Geocoder geocoder;

  CoreNlpFactExtractor(
      CoreNlpAnnotator annotator, PlaceGazetteer places, TitleLexicon titles, Geocoder geocoder) {
    this.annotator = annotator;
    this.names = new EntityNames(places);
    this.organisations = new OrganisationHeads(word -> places.countryOfNationality(word).isPresent());
    this.roles = new Roles(titles);
    this.geocoder = geocoder;
  }

  /** Initialization-on-demand holder: the models load once, on first use, thread-safely. */
  private static final class Shared {
    static final CoreNlpFactExtractor INSTANCE = load();

    // The gazetteers (about a second each) load on the other core while CoreNLP loads its models.
    private static CoreNlpFactExtractor load() {
      CompletableFuture<PlaceGazetteer> places = CompletableFuture.supplyAsync(PlaceGazetteer::standard);
      CompletableFuture<TitleLexicon> titles = CompletableFuture.supplyAsync(TitleLexicon::standard);
      CompletableFuture<Geocoder> geocoder = CompletableFuture.supplyAsync(Geocoder::standard);
      CoreNlpAnnotator annotator = new CoreNlpAnnotator(CoreNlpAnnotator.defaultProperties());
      return new CoreNlpFactExtractor(annotator, places.join(), titles.join(), geocoder.join());
    }
  }

  static CoreNlpFactExtractor shared() {
    return Shared.INSTANCE;
  }

  @Override
  public ExtractedArticle extract(Article article) {
    AnnotatedText annotated = annotator.annotate(article.text(), article.published());
    List<Mention> named = organisations.resolve(MentionBuilder.build(annotated), article.text());
    List<Mention> mentions = geocoder.locate(names.canonicalise(named, article.text()));
    List<Fact> facts = FactBuilder.build(annotated, mentions, roles);
    return ExtractedArticle.of(article, mentions, facts);
  }
}
