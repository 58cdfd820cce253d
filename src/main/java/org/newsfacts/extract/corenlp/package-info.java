/**
 * The CoreNLP glue: {@link org.newsfacts.extract.corenlp.CoreNlpAnnotator} runs the tokenizer,
 * sentence splitter, tagger and NER ({@link org.newsfacts.extract.corenlp.TimeGatedNer}, which
 * runs SUTime only around date words) and copies the result into plain records ({@link
 * org.newsfacts.extract.corenlp.AnnotatedText}, {@link
 * org.newsfacts.extract.corenlp.SentenceMentions}). No class outside this package imports
 * {@code edu.stanford.nlp}, so the rules elsewhere are tested on hand-built sentences.
 */
package org.newsfacts.extract.corenlp;
