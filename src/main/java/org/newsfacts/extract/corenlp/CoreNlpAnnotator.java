package org.newsfacts.extract.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsfacts.extract.corenlp.AnnotatedText.RawMention;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;

/**
 * The class that talks to CoreNLP (with {@link TimeGatedNer}, its NER step). One pipeline per
 * instance; {@link #annotate} is thread-safe because CoreNLP's annotators are (its server shares
 * one pipeline across threads), and every call works on its own {@link Annotation}.
 */
public final class CoreNlpAnnotator {
  private final StanfordCoreNLP pipeline;
  private final Annotator tagger;
  private final Annotator ner;

  public CoreNlpAnnotator(Properties properties) {
    // CoreNLP's own annotators up to sentences; the tags are CoreNLP's tagger's through
    // PartOfSpeechTags, NER is TimeGatedNer. No lemmas: neither the NER models, SUTime's rules nor
    // our rules read them.
    Properties upToSentences = new Properties();
    upToSentences.putAll(properties);
    upToSentences.setProperty("annotators", "tokenize,ssplit");
    // The NER models load on other threads while the tagger loads on this one.
    BackgroundLoad<Annotator> ner = BackgroundLoad.start("ner", () -> TimeGatedNer.annotator(properties));
    this.pipeline = new StanfordCoreNLP(upToSentences);
    this.tagger = new PartOfSpeechTags(properties);
    this.ner = ner.get();
  }

  /** The configuration {@code extract} and {@code ingest} both use. */
  public static Properties defaultProperties() {
    Properties p = new Properties();
    // Every newline ends a sentence (headlines, datelines, table rows); hard-wrapped prose is
    // unwrapped first by LineBreaks.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    // One statistical model: of CoreNLP's three, the 3-class model alone scores as well on
    // CoNLL-2003 and wikigold as the default three-model combination, at a third of the cost.
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    // Headlines in capitals and table rows go to the model trained on Reuters wire copy, which has
    // both (CoNLL-2003 dev +0.5 F1; wikigold, which has neither, unchanged).
    p.setProperty(TimeGatedNer.WIRE_MODEL, "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    // Keep odd characters as tokens instead of logging a warning for each one.
    p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    // The fine-grained pass (a 585,000-entry TokensRegexNER over every token) costs most of the
    // tagger's time (stanfordnlp/CoreNLP#851) and lowers CoNLL F1; place subtypes come from our
    // gazetteer and roles from the title lexicon instead.
    p.setProperty("ner.applyFineGrained", "false");
    // Without a publication date SUTime must not fall back to today: relative dates stay relative.
    p.setProperty("ner.docdate.usePresent", "false");
    overrides(System.getenv("NEWSFACTS_CORENLP")).forEach(p::setProperty);
    return p;
  }

  /**
   * Extra CoreNLP properties from {@code NEWSFACTS_CORENLP} ({@code key=value;key=value}), for
   * trying other configurations against the evaluation sets without a rebuild. Not for
   * production: the figures in the README are for the defaults above.
   */
  static java.util.Map<String, String> overrides(String spec) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    if (spec == null || spec.isBlank()) {
      return out;
    }
    for (String pair : spec.split(";")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
      }
    }
    return out;
  }

  public AnnotatedText annotate(String text, String docDate) {
    Annotation document = new Annotation(LineBreaks.unwrapped(text));
    if (docDate != null) {
      document.set(CoreAnnotations.DocDateAnnotation.class, docDate);
    }
    pipeline.annotate(document);
    tagger.annotate(document);
    ner.annotate(document);
    List<Sentence> sentences = new ArrayList<>();
    List<Integer> sentenceTokenStarts = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(new Token(label.originalText(), label.tag(), label.beginPosition(), label.endPosition()));
      }
      sentences.add(
          new Sentence(
              sentences.size(),
              sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
              tokens));
      sentenceTokenStarts.add(sentence.get(CoreAnnotations.TokenBeginAnnotation.class));
    }
    List<RawMention> mentions = new ArrayList<>();
    List<CoreMap> found = document.get(CoreAnnotations.MentionsAnnotation.class);
    for (CoreMap m : found == null ? List.<CoreMap>of() : found) {
      if (isPronounMention(m)) {
        continue;
      }
      int sentence = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
      int sentenceStart = sentenceTokenStarts.get(sentence);
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      mentions.add(
          new RawMention(
              m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
              m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
              sentence,
              m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceStart,
              m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceStart,
              m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
              timex == null ? null : timex.value(),
              timex == null ? null : timex.timexType()));
    }
    return new AnnotatedText(text, docDate, sentences, mentions);
  }

  // The entity-mention pass also lists "he" and "his" as PERSON mentions (kept for coreference);
  // their tokens carry no entity tag of their own.
  private static boolean isPronounMention(CoreMap mention) {
    return mention.get(CoreAnnotations.TokensAnnotation.class).stream()
        .allMatch(t -> t.ner() == null || "O".equals(t.ner()));
  }
}
