package org.newsfacts.extract;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.names.Acronyms;
import org.newsfacts.extract.names.AmpersandNames;
import org.newsfacts.extract.names.ArticleOrganisations;
import org.newsfacts.extract.names.Datelines;
import org.newsfacts.extract.names.DefiniteAcronyms;
import org.newsfacts.extract.names.EventNames;
import org.newsfacts.extract.names.HeadlineNames;
import org.newsfacts.extract.names.ListedOrganisations;
import org.newsfacts.extract.names.NameOverlaps;
import org.newsfacts.extract.names.OfAndNames;
import org.newsfacts.extract.names.OneWordPeople;
import org.newsfacts.extract.names.OrganisationContexts;
import org.newsfacts.extract.names.OrganisationHeads;
import org.newsfacts.extract.names.OrganisationKinds;
import org.newsfacts.extract.names.OrganisationLists;
import org.newsfacts.extract.names.PlaceContexts;
import org.newsfacts.extract.names.PlaceHeads;
import org.newsfacts.extract.names.PlaceNamedTeams;
import org.newsfacts.extract.names.PronounGenders;
import org.newsfacts.extract.names.QuotedNicknames;
import org.newsfacts.extract.names.RegnalNumbers;
import org.newsfacts.extract.names.RivalNames;
import org.newsfacts.extract.names.ShortCompanyNames;
import org.newsfacts.extract.names.Surnames;
import org.newsfacts.extract.names.TeamContexts;
import org.newsfacts.extract.names.TeamNicknames;
import org.newsfacts.extract.names.TitleLexicon;
import org.newsfacts.extract.names.TitledNames;
import org.newsfacts.extract.places.PlaceGazetteer;
import org.newsfacts.extract.places.PlaceInfo;
import org.newsfacts.fact.Mention;

/**
 * The name rules that correct the tagger's people, places and organisations, in the order they
 * run. Each has a name so that one can be left out to measure what it does (the dev ablation
 * reads each article once and runs the rules once per rule left out).
 */
final class NameRules {
  /** One rule: the mentions in, the mentions with its corrections out. */
  record Rule(String name, BiFunction<List<Mention>, AnnotatedText, List<Mention>> apply) {}

  private final List<Rule> rules;

  NameRules(PlaceGazetteer places, TitleLexicon titles, PronounGenders genders) {
    Predicate<String> isPlace = name -> places.lookup(name).isPresent();
    Predicate<String> isNationality = word -> places.countryOfNationality(word).isPresent();
    Predicate<String> isCountry =
        name -> places.lookup(name).map(p -> PlaceInfo.COUNTRY.equals(p.subtype())).orElse(false);
    Predicate<String> isCountryOrState =
        name -> places.lookup(name)
            .map(p -> PlaceInfo.COUNTRY.equals(p.subtype()) || PlaceInfo.STATE_OR_PROVINCE.equals(p.subtype()))
            .orElse(false);
    OrganisationHeads organisations = new OrganisationHeads(isNationality);
    PlaceHeads placeHeads = new PlaceHeads(genders::isFirstName);
    OrganisationContexts contexts = new OrganisationContexts(isPlace);
    PlaceNamedTeams teams = new PlaceNamedTeams(isPlace);
    ListedOrganisations listed = new ListedOrganisations(isPlace);
    TeamContexts teamContexts = new TeamContexts(isCountry);
    OrganisationKinds kinds = new OrganisationKinds(isPlace, isNationality);
    TitledNames titled = new TitledNames(titles, isPlace);
    PlaceContexts placeContexts = new PlaceContexts(isCountryOrState);
    DefiniteAcronyms definiteAcronyms = new DefiniteAcronyms(isPlace);
    ShortCompanyNames shortCompanyNames = new ShortCompanyNames(isPlace.or(isNationality));
    OrganisationLists organisationLists = new OrganisationLists(isPlace);
    OneWordPeople oneWordPeople = new OneWordPeople(genders, titles, isPlace);
    Datelines datelines = new Datelines(isPlace);
    RivalNames rivals = new RivalNames(isPlace);
    TeamNicknames teamNicknames = new TeamNicknames(isPlace);
    this.rules =
        List.of(
            // "Shearer" after "Alan Shearer": a person the tagger missed.
            new Rule("Surnames", Surnames::resolve),
            // "BSE" after "the Budapest Stock Exchange (BSE)": the exchange wherever the article says it.
            new Rule("Acronyms", Acronyms::resolve),
            new Rule("OrganisationHeads", (m, a) -> organisations.resolve(m, a.text())),
            // "the National Institute of Allergy and Infectious Diseases": one name over "and".
            new Rule("OfAndNames", (m, a) -> OfAndNames.resolve(m, a.text())),
            // "the Fed Cup", "the Nortel Open": the event, not the organisation in its name.
            new Rule("EventNames", (m, a) -> EventNames.resolve(m, a.text())),
            // "Davis Gym", "Lincoln Reservoir", "Wall Street": places named after a person or a company, or untagged.
            new Rule("PlaceHeads", placeHeads::resolve),
            // "shares of Jones", "Dillard's was added", "the band Gigi"; then "Comelf" wherever the article names it alone.
            new Rule("OrganisationContexts", (m, a) -> contexts.resolve(m, a.text())),
            new Rule("OrganisationContexts.withUntagged", contexts::withUntagged),
            // "the Montreal Crystals", "companies such as Tesla".
            new Rule("PlaceNamedTeams", teams::resolve),
            new Rule("ListedOrganisations", listed::resolve),
            // "Harrowby beat Colton", "Dunmore manager Ann Lee": the club named after the place.
            new Rule("TeamContexts", (m, a) -> teamContexts.resolve(m, a.text())),
            new Rule("OrganisationKinds", kinds::resolve),
            // "Tesla chief executive Elon Musk": the company, then its chief executive.
            new Rule("TitledNames", titled::resolve),
            // "the town of Sebago", "Debden, England,": a place.
            new Rule("PlaceContexts", placeContexts::resolve),
            // "the AKP's conservatives", "the NRA said".
            new Rule("DefiniteAcronyms", definiteAcronyms::resolve),
            // William "Buckshot" May: one person.
            new Rule("QuotedNicknames", (m, a) -> QuotedNicknames.resolve(m, a.text())),
            // "Elizabeth I", "Pedro I": the monarch's number.
            new Rule("RegnalNumbers", (m, a) -> RegnalNumbers.resolve(m, a.text())),
            // "Lindqvar Corp" ... "Lindqvar said": the company without its legal form.
            new Rule("ShortCompanyNames", shortCompanyNames::resolve),
            // "the Kansas City Royals" ... "defeating the Royals": the club.
            new Rule("TeamNicknames", teamNicknames::resolve),
            // "Mercantile, Commerce and Halden", "Orgy, Yes and Gentle Giant": one kind in one list.
            // "Brown & Williamson", "Bodman, Longely & Dahling": one firm, not two people.
            new Rule("AmpersandNames", AmpersandNames::resolve),
            // "Rivals Grubhub and Postmates also gained": the firms a story lists as rivals.
            new Rule("RivalNames", rivals::resolve),
            new Rule("OrganisationLists", organisationLists::resolve),
            new Rule("ArticleOrganisations", (m, a) -> ArticleOrganisations.resolve(m, a, isCountry)),
            // "Python", "Deloitte", "the App": one-word "people" that are things or companies.
            new Rule("OneWordPeople", oneWordPeople::resolve),
            // "UAW STRIKES AT ... STELLANTIS PLANTS" over a story naming Stellantis.
            new Rule("HeadlineNames.reshaped", HeadlineNames::reshaped),
            new Rule("HeadlineNames", HeadlineNames::resolve),
            // "SALT LAKE CITY 1998-06-14", "LIVERPOOL 2020-12-16": the place the story was filed from.
            new Rule("Datelines", datelines::resolve));
  }

  /** The rules' names, in the order they run. */
  List<String> names() {
    return rules.stream().map(Rule::name).toList();
  }

  List<Mention> apply(List<Mention> tagged, AnnotatedText annotated) {
    return apply(tagged, annotated, name -> true);
  }

  /** Runs the rules {@code on} accepts by name, in order, and leaves the others out. */
  List<Mention> apply(List<Mention> tagged, AnnotatedText annotated, Predicate<String> on) {
    List<Mention> named = tagged;
    for (Rule rule : rules) {
      if (on.test(rule.name())) {
        // A name a rule adds inside or across another is refused here, for every rule at once.
        named = NameOverlaps.addedRefused(named, rule.apply().apply(named, annotated));
      }
    }
    return named;
  }
}
