package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.util.Pair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's tagging of one sentence, with its cache of each word's local feature scores working.
 *
 * <p>{@link TestSentence} keeps the scores of the features that depend on the current word alone
 * in a map by word, but trusts an entry only while its length equals the number of tags the word
 * may take; with exact scoring (the English models) an entry has one score for every tag, so the
 * lengths differ for almost every word and the scores are computed again for every pair of tags
 * the search tries at that position: a third of the tagger's time in a Reuters ingest (README,
 * Performance). Here a word's local scores are computed once per sentence, as the cache intends.
 * They depend on the word alone, so the sums, and the tags, are exactly CoreNLP's.
 *
 * <p>In CoreNLP's package because the scorer it overrides works on package-private types
 * ({@link History}, {@link Extractors}, the model's feature tables).
 */
public final class WordScoreCachingSentence extends TestSentence {
  private final Map<String, double[]> localByWord = new HashMap<>();
  private double[][] contextByPosition = new double[0][];

  public WordScoreCachingSentence(MaxentTagger tagger) {
    super(tagger);
  }

  /** Whether this tagger scores exactly, the case whose cache this class mends. */
  public static boolean mends(MaxentTagger tagger) {
    return !tagger.hasApproximateScoring() && (tagger.config == null || !tagger.config.getVerbose());
  }

  @Override
  protected void init() {
    super.init();
    contextByPosition = new double[size][];
  }

  @Override
  protected double[] getHistories(String[] tags, History h) {
    Extractors common = maxentTagger.extractors;
    Extractors rareOnes = maxentTagger.extractorsRare;
    boolean rare = maxentTagger.isRare(ExtractorFrames.cWord.extract(h));
    String word = pairs.getWord(h.current);
    double[] local = localByWord.get(word);
    if (local == null) {
      local = scores(h, common.local, rare ? rareOnes.local : null);
      localByWord.put(word, local);
    }
    double[] context = contextByPosition[h.current];
    if (context == null) {
      context = scores(h, common.localContext, rare ? rareOnes.localContext : null);
      add(context, local);
      contextByPosition[h.current] = context;
    }
    double[] total = scores(h, common.dynamic, rare ? rareOnes.dynamic : null);
    add(total, context);
    return total;
  }

  /** The log score of every tag from these features, summed in CoreNLP's order. */
  private double[] scores(
      History h, List<Pair<Integer, Extractor>> features, List<Pair<Integer, Extractor>> rareFeatures) {
    double[] scores = new double[maxentTagger.ySize];
    double[] weights = maxentTagger.getLambdaSolve().lambda;
    for (Pair<Integer, Extractor> feature : features) {
      addFeature(feature.first(), feature.second(), h, scores, weights);
    }
    if (rareFeatures != null) {
      int commonCount = maxentTagger.extractors.size();
      for (Pair<Integer, Extractor> feature : rareFeatures) {
        addFeature(commonCount + feature.first(), feature.second(), h, scores, weights);
      }
    }
    return scores;
  }

  private void addFeature(int kind, Extractor extractor, History h, double[] scores, double[] weights) {
    int[] featureOfTag = maxentTagger.fAssociations.get(kind).get(extractor.extract(h));
    if (featureOfTag == null) {
      return;
    }
    for (int tag = 0; tag < scores.length; tag++) {
      int feature = featureOfTag[tag];
      if (feature >= 0) {
        scores[tag] += weights[feature];
      }
    }
  }

  private static void add(double[] into, double[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }
}
