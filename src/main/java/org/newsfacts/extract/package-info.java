/**
 * Fact extraction: one {@link org.newsfacts.fact.Article} in, its mentions and facts out.
 *
 * <p>One package per kind of fact, each with the rules for that kind and nothing else:
 *
 * <ul>
 *   <li>{@link org.newsfacts.extract.corenlp} is the only place that touches CoreNLP: it turns
 *       text into plain {@link org.newsfacts.extract.corenlp.AnnotatedText} (sentences, tokens,
 *       raw entity mentions) that the rule packages read.
 *   <li>{@link org.newsfacts.extract.dates}: TIMEX3 values re-resolved against the publication
 *       date and the tense of their sentence.
 *   <li>{@link org.newsfacts.extract.names}: people, organisations and their canonical names and
 *       roles; {@link org.newsfacts.extract.places}: places, their subtypes and ISO codes.
 *   <li>{@link org.newsfacts.extract.numbers}: numbers, money, percentages and the quantities
 *       they count.
 * </ul>
 *
 * <p>This package wires them together: {@link org.newsfacts.extract.MentionBuilder} turns raw
 * mentions into normalised ones, {@link org.newsfacts.extract.FactBuilder} builds the facts, and
 * {@link org.newsfacts.extract.FactExtractor#shared()} is thread-safe and loads the models once
 * per JVM, which is what a Spark executor or a server needs. The rule packages depend only on
 * {@code corenlp}'s plain records and {@code org.newsfacts.fact}, never on this package or on each
 * other except where named in their own package documentation.
 */
package org.newsfacts.extract;
