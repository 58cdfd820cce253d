package org.newsfacts.bench;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.newsfacts.fact.Json;

/**
 * The obvious CoreNLP program a user would write: the default {@code tokenize, ssplit, pos,
 * lemma, ner} pipeline, one article after another. The throughput benchmark times it as a whole
 * process against {@code newsfacts ingest} on the same articles.
 *
 * <p>Usage: {@code java -Xmx2g -cp target/newsfacts.jar org.newsfacts.bench.NaiveCoreNlp
 * ARTICLES.jsonl [LIMIT]}. Prints {@code articles N tokens T seconds S} on stdout.
 */
public final class NaiveCoreNlp {
  private NaiveCoreNlp() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: NaiveCoreNlp ARTICLES.jsonl [LIMIT]");
      System.exit(2);
    }
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    long started = System.nanoTime();
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    long articles = 0;
    long tokens = 0;
    try (BufferedReader lines = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null && articles < limit; line = lines.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode article = Json.MAPPER.readTree(line);
        Annotation document = new Annotation(article.path("text").asText());
        pipeline.annotate(document);
        tokens += document.get(CoreAnnotations.TokensAnnotation.class).size();
        articles++;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(java.util.Locale.ROOT, "articles %d tokens %d seconds %.1f%n", articles, tokens, seconds);
  }
}
