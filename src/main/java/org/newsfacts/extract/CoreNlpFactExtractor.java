package org.newsfacts.extract;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.BackgroundLoad;
import org.newsfacts.extract.corenlp.CoreNlpAnnotator;
import org.newsfacts.extract.names.ArticleOrganisations;
import org.newsfacts.extract.names.DefiniteAcronyms;
import org.newsfacts.extract.names.EntityNames;
import org.newsfacts.extract.names.EventNames;
import org.newsfacts.extract.names.ListedOrganisations;
import org.newsfacts.extract.names.OrganisationContexts;
import org.newsfacts.extract.names.OrganisationHeads;
import org.newsfacts.extract.names.OrganisationKinds;
import org.newsfacts.extract.names.PlaceContexts;
import org.newsfacts.extract.names.PlaceHeads;
import org.newsfacts.extract.names.PlaceNamedTeams;
import org.newsfacts.extract.names.QuotedNicknames;
import org.newsfacts.extract.names.RegnalNumbers;
import org.newsfacts.extract.names.Roles;
import org.newsfacts.extract.names.OneWordPeople;
import org.newsfacts.extract.names.OrganisationLists;
import org.newsfacts.extract.names.PronounGenders;
import org.newsfacts.extract.names.ShortCompanyNames;
import org.newsfacts.extract.names.TeamContexts;
import org.newsfacts.extract.names.TitleLexicon;
import org.newsfacts.extract.names.TitledNames;
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
  private final OrganisationHeads organisations;
  private final OrganisationContexts contexts;
  private final PlaceNamedTeams teams;
  private final TeamContexts teamContexts;
  private final ListedOrganisations listed;
  private final OrganisationKinds kinds;
  private final TitledNames titled;
  private final PlaceContexts placeContexts;
  private final DefiniteAcronyms definiteAcronyms;
  private final ShortCompanyNames shortCompanyNames;
  private final OneWordPeople oneWordPeople;
  private final Predicate<String> isCountry;
  private final PlaceHeads placeHeads;
  private final OrganisationLists organisationLists;
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
    this.organisations = new OrganisationHeads(word -> places.countryOfNationality(word).isPresent());
    this.contexts = new OrganisationContexts(name -> places.lookup(name).isPresent());
    this.teams = new PlaceNamedTeams(name -> places.lookup(name).isPresent());
    this.isCountry = name -> places.lookup(name).map(p -> PlaceInfo.COUNTRY.equals(p.subtype())).orElse(false);
    this.teamContexts = new TeamContexts(isCountry);
    this.listed = new ListedOrganisations(name -> places.lookup(name).isPresent());
    this.kinds =
        new OrganisationKinds(
            name -> places.lookup(name).isPresent(), word -> places.countryOfNationality(word).isPresent());
    this.placeContexts =
        new PlaceContexts(
            name -> places.lookup(name)
                .map(p -> PlaceInfo.COUNTRY.equals(p.subtype()) || PlaceInfo.STATE_OR_PROVINCE.equals(p.subtype()))
                .orElse(false));
    this.definiteAcronyms = new DefiniteAcronyms(name -> places.lookup(name).isPresent());
    this.shortCompanyNames =
        new ShortCompanyNames(
            name -> places.lookup(name).isPresent() || places.countryOfNationality(name).isPresent());
    this.titled = new TitledNames(titles, name -> places.lookup(name).isPresent());
    this.oneWordPeople = new OneWordPeople(genders, titles, name -> places.lookup(name).isPresent());
    this.roles = new Roles(titles);
    this.placeHeads = new PlaceHeads(genders::isFirstName);
    this.organisationLists = new OrganisationLists(name -> places.lookup(name).isPresent());
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
    return facts.stream()
        .filter(fact -> !(fact instanceof PersonFact person) || !authors.names(person.name()))
        .toList();
  }

  @Override
  public ExtractedArticle extract(Article article) {
    // Credits blanked, not cut: mention offsets stay offsets into the article's own text.
    String news = CreditLines.blank(article.text());
    AnnotatedText annotated = annotator.annotate(news, article.published());
    List<Mention> named = organisations.resolve(MentionBuilder.build(annotated), news);
    // "the Fed Cup", "the Nortel Open": the event, not the organisation in its name.
    named = EventNames.resolve(named, news);
    // "Davis Gym", "Lincoln Reservoir", "Wall Street": places named after a person or a company, or untagged.
    named = placeHeads.resolve(named, annotated);
    // "shares of Jones", "Dillard's was added", "the Montreal Crystals", "companies such as Tesla",
    // "the band Gigi"; then "Comelf" wherever the article names it alone.
    named = contexts.withUntagged(contexts.resolve(named, news), annotated);
    named = listed.resolve(teams.resolve(named, annotated), annotated);
    // "Harrowby beat Colton", "Dunmore manager Ann Lee": the club named after the place.
    named = teamContexts.resolve(named, news);
    named = kinds.resolve(named, annotated);
    // "Tesla chief executive Elon Musk": the company, then its chief executive.
    named = titled.resolve(named, annotated);
    // "the town of Sebago", "Debden, England,": a place.
    named = placeContexts.resolve(named, annotated);
    // "the AKP's conservatives", "the NRA said".
    named = definiteAcronyms.resolve(named, annotated);
    // William "Buckshot" May: one person.
    named = QuotedNicknames.resolve(named, news);
    // "Elizabeth I", "Pedro I": the monarch's number.
    named = RegnalNumbers.resolve(named, news);
    // "Lindqvar Corp" ... "Lindqvar said": the company without its legal form.
    named = shortCompanyNames.resolve(named, annotated);
    // "Mercantile, Commerce and Halden", "Orgy, Yes and Gentle Giant": one kind in one list.
    named = organisationLists.resolve(named, annotated);
    named = ArticleOrganisations.resolve(named, annotated, isCountry);
    // "Python", "Deloitte", "the App": one-word "people" that are things or companies.
    named = oneWordPeople.resolve(named, annotated);
    List<Mention> mentions = geocoder.locate(names.canonicalise(named, news));
    // "Getting to grips with Obama-mania\n\nAnn Lee\n\n...": the byline without its "By".
    List<String> byline = HeadlineBylines.names(mentions, news);
    List<Fact> facts = withoutAuthors(FactBuilder.build(annotated, mentions, roles), article, byline);
    return ExtractedArticle.of(article, mentions, facts);
  }
}
