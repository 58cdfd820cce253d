package org.newsfacts.extract;

import java.util.List;
import org.newsfacts.extract.normalize.PlaceGazetteer;
import org.newsfacts.extract.normalize.TitleLexicon;
import org.newsfacts.fact.Article;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.Mention;

/** Fact extraction on CoreNLP: annotate, build mentions, canonicalise names, build facts. */
final class CoreNlpFactExtractor implements FactExtractor {
  private final CoreNlpAnnotator annotator;
  private final EntityNames names;
  private final Roles roles;

  CoreNlpFactExtractor(CoreNlpAnnotator annotator, PlaceGazetteer places, TitleLexicon titles) {
    this.annotator = annotator;
    this.names = new EntityNames(places);
    this.roles = new Roles(titles);
  }

  /** Initialization-on-demand holder: the models load once, on first use, thread-safely. */
  private static final class Shared {
    static final CoreNlpFactExtractor INSTANCE =
        new CoreNlpFactExtractor(
            new CoreNlpAnnotator(CoreNlpAnnotator.defaultProperties()),
            PlaceGazetteer.standard(),
            TitleLexicon.standard());
  }

  static CoreNlpFactExtractor shared() {
    return Shared.INSTANCE;
  }

  @Override
  public ExtractedArticle extract(Article article) {
    AnnotatedText annotated = annotator.annotate(article.text(), article.published());
    List<Mention> mentions = names.canonicalise(MentionBuilder.build(annotated), article.text());
    List<Fact> facts = FactBuilder.build(annotated, mentions, roles);
    return ExtractedArticle.of(article, mentions, facts);
  }
}
