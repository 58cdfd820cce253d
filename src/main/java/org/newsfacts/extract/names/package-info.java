/**
 * People and organisations: the fullest name an article uses for each ({@link
 * org.newsfacts.extract.names.EntityNames}, {@link org.newsfacts.extract.names.PersonNames},
 * {@link org.newsfacts.extract.names.Surnames}, with quoted nicknames, {@link
 * org.newsfacts.extract.names.QuotedNicknames}, and monarchs' numbers, {@link
 * org.newsfacts.extract.names.RegnalNumbers}), acronyms an article introduces for an
 * organisation ({@link org.newsfacts.extract.names.Acronyms}, with the names spelled out before them,
 * {@link org.newsfacts.extract.names.SpelledNames}) and acronyms used with "the" ({@link
 * org.newsfacts.extract.names.DefiniteAcronyms}), organisations known by their head word and
 * its edges ({@link org.newsfacts.extract.names.OrganisationHeads}), by the words around them ({@link
 * org.newsfacts.extract.names.OrganisationContexts}, {@link org.newsfacts.extract.names.PlaceNamedTeams}, {@link
 * org.newsfacts.extract.names.ListedOrganisations}, {@link org.newsfacts.extract.names.OrganisationKinds}), by
 * the names listed beside them ({@link org.newsfacts.extract.names.OrganisationLists}), by the short
 * names news gives companies ({@link org.newsfacts.extract.names.ShortCompanyNames}) and by
 * the rest of the article ({@link
 * org.newsfacts.extract.names.ArticleOrganisations}), clean name edges, and people's roles from
 * CoreNLP's title list ({@link org.newsfacts.extract.names.Roles}); places known by the words around them
 * ({@link org.newsfacts.extract.names.PlaceContexts}) and by the kind of place their name ends in ({@link
 * org.newsfacts.extract.names.PlaceHeads}), clubs named after a place by the words only a team takes
 * ({@link org.newsfacts.extract.names.TeamContexts}), and events named after a name ({@link
 * org.newsfacts.extract.names.EventNames}: "the Fed Cup"); one-word "people" that are common nouns,
 * products or companies ({@link org.newsfacts.extract.names.OneWordPeople}, by CoreNLP's noun gender
 * data, {@link org.newsfacts.extract.names.PronounGenders}); a type the words around one
 * mention gave a name passes to its other mentions ({@link org.newsfacts.extract.names.NameTypes}).
 * Uses {@code places} to give place mentions their canonical names.
 */
package org.newsfacts.extract.names;
