package org.newsfacts.extract.corenlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import edu.stanford.nlp.util.logging.Redwood;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.newsfacts.extract.corenlp.TimeTriggers.Window;

/**
 * CoreNLP's NER combiner (statistical models, then numbers, money and dates) with SUTime's date
 * and time rules run only where a date could be ({@link TimeTriggers}).
 *
 * <p>Those rules cost about half of the whole extraction time, and their cost grows with the
 * length of the sentence they scan. So SUTime with its rules reads only the stretches around
 * words that can anchor a date ("March", "year", "1987", "ago"); the statistical models and the
 * number classifier (a SUTime with its definitions but no rules, for numbers, money and
 * percentages) still read the whole sentence, in CoreNLP's order.
 *
 * <p>Headlines in capitals and rows of tables ({@link WireShapes}) are tagged by a second
 * statistical model, CoreNLP's CoNLL model, which reads them better than the general one.
 */
public final class TimeGatedNer extends NERClassifierCombiner {
  // SUTime's variable definitions without a single extraction rule: numbers are still merged
  // and normalised (NumberNormalizer), which the money and number tags depend on.
  private static final String DEFINITIONS_ONLY = "edu/stanford/nlp/models/sutime/defs.sutime.txt";
  // Words on each side of a trigger that SUTime sees: its longest patterns ("the first quarter
  // of fiscal 1987", "between 10 and 11 a.m. on Monday") fit.
  private static final int RADIUS = 6;
  private static final Redwood.RedwoodChannels log = Redwood.channels(TimeGatedNer.class);
  private static final String BACKGROUND = "O";
  private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");

  /** Property naming the model for headlines and table rows ({@link WireShapes}); none if empty. */
  static final String WIRE_MODEL = "newsfacts.ner.wireModel";

  private final NERClassifierCombiner numbers;
  private final NERClassifierCombiner dates;
  // The dates combiner's own SUTime classifier: the windows go to it directly (DateWindows).
  private final AbstractSequenceClassifier<CoreLabel> dateRules;
  private final NERClassifierCombiner wire;

  private TimeGatedNer(
      AbstractSequenceClassifier<CoreLabel>[] models,
      AbstractSequenceClassifier<CoreLabel> wireModel,
      TimeRules timeRules)
      throws IOException {
    super(false, false, models);
    this.wire = wireModel == null ? null : new NERClassifierCombiner(false, false, wireModel);
    this.numbers = timeRules.numbers();
    this.dates = timeRules.dates();
    this.dateRules = sutimeOf(dates);
  }

  @SuppressWarnings("unchecked")
  private static AbstractSequenceClassifier<CoreLabel> sutimeOf(NERClassifierCombiner combiner) {
    try {
      return (AbstractSequenceClassifier<CoreLabel>) TimeRuleGate.read(NERClassifierCombiner.class, "nsc", combiner);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP version does not match the one Newsfacts was built for", e);
    }
  }

  /**
   * SUTime twice: with its definitions only (for numbers), and with its date and time rules and
   * the {@code sutime.*} options.
   */
  private record TimeRules(NERClassifierCombiner numbers, NERClassifierCombiner dates) {
    static TimeRules load(Properties sutime) {
      try {
        Properties noDateRules = new Properties();
        noDateRules.setProperty("sutime.rules", DEFINITIONS_ONLY);
        // Holiday names are read by the date rules only: without them the number pass need not
        // parse the holiday calendar (an XML file) a second time.
        noDateRules.setProperty("sutime.binders", "0");
        NERClassifierCombiner dates =
            new NERClassifierCombiner(true, Language.ENGLISH, true, sutime, new String[0]);
        TimeRuleGate.install(dates);
        return new TimeRules(
            new NERClassifierCombiner(true, Language.ENGLISH, true, noDateRules, new String[0]),
            dates);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static BackgroundLoad<AbstractSequenceClassifier<CoreLabel>> loadModel(String path) {
    return BackgroundLoad.start(
        path.substring(path.lastIndexOf('/') + 1),
        () -> {
          try {
            return CRFClassifier.getClassifier(path);
          } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot load the NER model " + path, e);
          }
        });
  }

  /**
   * The NER annotator for these properties, with this classifier inside. {@code ner.model} names
   * the statistical models (comma-separated) and {@link #WIRE_MODEL} the one for headlines and
   * table rows; every other setting is CoreNLP's own.
   */
  static NERCombinerAnnotator annotator(Properties properties) {
    try {
      // The statistical models and SUTime's rules load side by side, each on a thread of its own.
      Properties sutime = sutimeOptions(properties);
      BackgroundLoad<TimeRules> timeRules = BackgroundLoad.start("sutime", () -> TimeRules.load(sutime));
      List<BackgroundLoad<AbstractSequenceClassifier<CoreLabel>>> loading = new ArrayList<>();
      for (String path : properties.getProperty("ner.model").split(",")) {
        loading.add(loadModel(path.strip()));
      }
      String wirePath = properties.getProperty(WIRE_MODEL, "").strip();
      BackgroundLoad<AbstractSequenceClassifier<CoreLabel>> wireModel =
          wirePath.isEmpty() ? null : loadModel(wirePath);
      @SuppressWarnings("unchecked")
      AbstractSequenceClassifier<CoreLabel>[] array =
          loading.stream().map(BackgroundLoad::get).toArray(AbstractSequenceClassifier[]::new);
      // The annotator is built from the properties so that its own settings (NER-specific
      // tokenization of hyphenated words, entity mentions, no fine-grained pass) are exactly
      // CoreNLP's; it only lets a classifier be passed in through a constructor that turns the
      // hyphen tokenization off. So it is built with an empty classifier, which is then replaced.
      Properties shell = new Properties();
      shell.putAll(properties);
      shell.setProperty("ner.model", "");
      shell.setProperty("ner.useSUTime", "false");
      NERCombinerAnnotator annotator = new NERCombinerAnnotator(shell);
      Field classifier = NERCombinerAnnotator.class.getDeclaredField("ner");
      classifier.setAccessible(true);
      classifier.set(
          annotator,
          new TimeGatedNer(array, wireModel == null ? null : wireModel.get(), timeRules.get()));
      return annotator;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP version does not match the one Newsfacts was built for", e);
    }
  }

  /**
   * The {@code sutime.*} settings (SUTime's own options, such as {@code sutime.markTimeRanges} or
   * {@code sutime.teRelHeurLevel}) for the date rules; none are set by default.
   */
  static Properties sutimeOptions(Properties properties) {
    Properties sutime = new Properties();
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith("sutime.")) {
        sutime.setProperty(key, properties.getProperty(key));
      }
    }
    return sutime;
  }

  @Override
  public List<CoreLabel> classifyWithGlobalInformation(
      List<CoreLabel> tokens, CoreMap document, CoreMap sentence) {
    List<String> words = new ArrayList<>(tokens.size());
    List<String> tags = new ArrayList<>(tokens.size());
    for (CoreLabel token : tokens) {
      words.add(token.word());
      tags.add(token.tag());
    }
    List<CoreLabel> tagged =
        wire != null && WireShapes.headlineOrTableRow(words)
            ? wire.classifyWithGlobalInformation(tokens, document, sentence)
            : super.classifyWithGlobalInformation(tokens, document, sentence);
    // CoreNLP's order: the models' tags stay, dates and times fill what they left untagged, and
    // numbers fill the rest. Each stretch is read from a copy, as SUTime inside CoreNLP does.
    for (Window window : TimeTriggers.windows(words, tags, RADIUS)) {
      List<CoreLabel> stretch = new ArrayList<>(window.end() - window.start());
      for (CoreLabel token : tagged.subList(window.start(), window.end())) {
        stretch.add(new CoreLabel(token));
      }
      CoreMap piece = piece(sentence, window, stretch);
      List<CoreLabel> timed = timesIn(stretch, document, piece);
      for (int i = 0; i < timed.size(); i++) {
        CoreLabel time = timed.get(i);
        // The answer CoreNLP's combiner gives: SUTime's where the models left the token untagged
        // (or called it MISC), the models' elsewhere.
        String before = stretch.get(i).get(CoreAnnotations.AnswerAnnotation.class);
        String guess = time.get(CoreAnnotations.AnswerAnnotation.class);
        String answer = (before == null || BACKGROUND.equals(before) || "MISC".equals(before)) && !BACKGROUND.equals(guess) ? guess : before;
        if (TEMPORAL.contains(answer)) {
          CoreLabel token = tagged.get(window.start() + i);
          token.set(CoreAnnotations.AnswerAnnotation.class, answer);
          token.set(CoreAnnotations.AnswerProbAnnotation.class, null);
          token.set(
              TimeAnnotations.TimexAnnotation.class,
              time.containsKey(TimeAnnotations.TimexAnnotation.class)
                  ? time.get(TimeAnnotations.TimexAnnotation.class)
                  : stretch.get(i).get(TimeAnnotations.TimexAnnotation.class));
        }
      }
    }
    return numbers.classifyWithGlobalInformation(tagged, document, sentence);
  }

  /**
   * SUTime's answers for a window: what CoreNLP's combiner with SUTime does to a sentence (its
   * number and date classifier on a copy of the tokens) without the normalising of numbers and
   * money that follows there, whose results the windows never keep (the whole-sentence number
   * pass normalises them). Empty when SUTime fails on the window, where CoreNLP logs the failure
   * and leaves the tokens as they were.
   */
  private List<CoreLabel> timesIn(List<CoreLabel> stretch, CoreMap document, CoreMap piece) {
    List<CoreLabel> copy = NumberSequenceClassifier.copyTokens(stretch, piece);
    try {
      dateRules.classifyWithGlobalInformation(copy, document, piece);
    } catch (RuntimeInterruptedException e) {
      throw e;
    } catch (Exception e) {
      log.info("SUTime failed on a window (its dates are left out): " + e);
      return List.of();
    }
    return copy;
  }

  /**
   * The stretch as a sentence of its own, as SUTime wants one: its text and character offsets,
   * and token offsets that continue the sentence's, which SUTime's matches are counted in.
   */
  private static CoreMap piece(CoreMap sentence, Window window, List<CoreLabel> tokens) {
    String text = sentence.get(CoreAnnotations.TextAnnotation.class);
    Integer sentenceBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    if (text == null || sentenceBegin == null || tokenBegin == null) {
      return null; // SUTime then rebuilds the text from the tokens
    }
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    Annotation piece = new Annotation(text.substring(begin - sentenceBegin, end - sentenceBegin));
    piece.set(CoreAnnotations.TokensAnnotation.class, tokens);
    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    piece.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + window.start());
    piece.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + window.end());
    return piece;
  }

  @Override
  public boolean usesSUTime() {
    return true;
  }

  @Override
  public boolean appliesNumericClassifiers() {
    return true;
  }

  @Override
  public void finalizeAnnotation(Annotation annotation) {
    numbers.finalizeAnnotation(annotation);
    dates.finalizeAnnotation(annotation);
  }
}
