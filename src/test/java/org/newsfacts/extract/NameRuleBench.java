package org.newsfacts.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.names.PronounGenders;
import org.newsfacts.extract.names.TitleLexicon;
import org.newsfacts.extract.places.Geocoder;
import org.newsfacts.extract.places.PlaceGazetteer;
import org.newsfacts.fact.Article;
import org.newsfacts.fact.Json;
import org.newsfacts.source.ArticleHandler;
import org.newsfacts.source.ArticleReader;

/**
 * Dev tool for the name rules (not a test): CoreNLP reads each article once, and the rules then
 * run on its annotations as often as wanted, in seconds. {@code dev/names/ablate.sh} drives it.
 *
 * <pre>
 *   annotate IN.jsonl CACHE.jsonl        CoreNLP's annotations of each article, one JSON line each
 *   rules CACHE.jsonl OUTDIR [ablate]    OUTDIR/all.jsonl with every rule; with "ablate" also
 *                                        OUTDIR/-Rule.jsonl for each rule left out in turn
 * </pre>
 *
 * The outputs hold {"id", "mentions"} as {@code newsfacts extract} writes them, for ner_score.py.
 */
public final class NameRuleBench {
  private static final ObjectMapper CACHE = new ObjectMapper();

  public static void main(String[] args) throws IOException {
    switch (args[0]) {
      case "annotate" -> annotate(CoreNlpFactExtractor.shared(), Path.of(args[1]), Path.of(args[2]));
      case "rules" -> rules(withoutCoreNlp(), Path.of(args[1]), Path.of(args[2]), args.length > 3 && args[3].equals("ablate"));
      default -> throw new IllegalArgumentException("annotate or rules, not " + args[0]);
    }
  }

  // The rules read the cached annotations only: CoreNLP's models need not load.
  private static CoreNlpFactExtractor withoutCoreNlp() {
    return new CoreNlpFactExtractor(
        null, PlaceGazetteer.standard(), TitleLexicon.standard(), PronounGenders.standard(), Geocoder.standard());
  }

  private static void annotate(CoreNlpFactExtractor extractor, Path in, Path cache) throws IOException {
    List<Article> articles = new ArrayList<>();
    new ArticleReader()
        .read(
            in,
            new ArticleHandler() {
              @Override
              public void article(Article article) {
                articles.add(article);
              }

              @Override
              public void failed(String source, String what, String why) {
                throw new IllegalStateException(source + ": " + what + ": " + why);
              }
            });
    try (BufferedWriter out = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
      for (Article article : articles) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", article.id());
        line.put("annotated", extractor.annotate(article));
        out.write(CACHE.writeValueAsString(line));
        out.newLine();
      }
    }
  }

  private static void rules(CoreNlpFactExtractor extractor, Path cache, Path outDir, boolean ablate)
      throws IOException {
    Map<String, Predicate<String>> variants = new LinkedHashMap<>();
    variants.put("all", name -> true);
    if (ablate) {
      for (String rule : extractor.nameRules()) {
        variants.put("-" + rule, name -> !name.equals(rule));
      }
    }
    String only = System.getProperty("names.off");
    if (only != null) {
      Set<String> off = Set.of(only.split(","));
      variants.put("-" + only, name -> !off.contains(name));
    }
    Files.createDirectories(outDir);
    Map<String, BufferedWriter> outs = new LinkedHashMap<>();
    for (String variant : variants.keySet()) {
      outs.put(variant, Files.newBufferedWriter(outDir.resolve(variant + ".jsonl"), StandardCharsets.UTF_8));
    }
    try (BufferedReader in = Files.newBufferedReader(cache, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode node = CACHE.readTree(line);
        AnnotatedText annotated = CACHE.treeToValue(node.get("annotated"), AnnotatedText.class);
        for (Map.Entry<String, Predicate<String>> variant : variants.entrySet()) {
          Map<String, Object> result = new LinkedHashMap<>();
          result.put("id", node.get("id").asText());
          result.put("mentions", extractor.mentions(annotated, variant.getValue()));
          BufferedWriter out = outs.get(variant.getKey());
          out.write(Json.MAPPER.writeValueAsString(result));
          out.newLine();
        }
      }
    }
    for (BufferedWriter out : outs.values()) {
      out.close();
    }
  }
}
