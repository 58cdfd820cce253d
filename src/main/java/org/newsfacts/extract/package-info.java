/**
 * Fact extraction: one {@link org.newsfacts.fact.Article} in, its mentions and facts out.
 *
 * <p>{@link org.newsfacts.extract.CoreNlpAnnotator} and its NER step {@link
 * org.newsfacts.extract.TimeGatedNer} are the only classes that touch CoreNLP: they turn text
 * into plain {@link org.newsfacts.extract.AnnotatedText} (sentences, tokens, raw entity
 * mentions). Everything after that — date re-resolution, number normalisation, canonical
 * names, quantity and event facts — works on those plain records, so it can be tested without
 * loading models. {@link org.newsfacts.extract.FactExtractor#shared()} is thread-safe and loads
 * the models once per JVM, which is what a Spark executor or a server needs.
 */
package org.newsfacts.extract;
