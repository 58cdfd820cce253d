/**
 * Places: {@link org.newsfacts.extract.places.PlaceGazetteer} turns "U.S." into a canonical place
 * with its subtype and ISO code, from curated tables next to it and CoreNLP's gazetteer. Plain
 * strings in, records out.
 */
package org.newsfacts.extract.places;
