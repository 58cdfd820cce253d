/**
 * Normalisers for what the NLP stage finds: {@link
 * org.newsfacts.extract.normalize.QuantityNormalizer} turns "$1.8 bln" into a number and a
 * currency, {@link org.newsfacts.extract.normalize.PlaceGazetteer} turns "U.S." into a canonical
 * place with its ISO code. Plain strings in, records out; no CoreNLP types, so they are tested
 * without loading models. To add one, write a final class with static or cached immutable tables
 * loaded from resources next to it.
 */
package org.newsfacts.extract.normalize;
