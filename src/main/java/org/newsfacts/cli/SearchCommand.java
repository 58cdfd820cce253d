package org.newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsfacts.fact.Json;
import org.newsfacts.search.FactSearcher;
import org.newsfacts.search.QuerySyntaxException;
import org.newsfacts.search.SearchRequest;
import org.newsfacts.search.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsfacts search}: ranked articles with snippets, matching facts and facet counts. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the index: ranked articles with title, date, source, snippets, matching facts,"
          + " then counts of people, places, organisations and years over all matches.",
      "QUERY is Lucene query syntax over title and text (words are ANDed), with fact fields:"
          + " person:, place:, org:, published:[2024-01-01 TO 2024-12-31], event.date:2024-01,"
          + " quantity.unit:troops AND quantity.value:[1000 TO *]. No QUERY lists every"
          + " article, newest first. Put -- before a QUERY that starts with '-'."
    })
public final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "Most articles to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--person", paramLabel = "NAME", description = "Only articles naming this person (any part of the name, any case).")
  String person;

  @Option(names = "--place", paramLabel = "NAME", description = "Only articles naming this place (name or ISO country code).")
  String place;

  @Option(names = "--org", paramLabel = "NAME", description = "Only articles naming this organisation.")
  String org;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before DATE (YYYY-MM-DD, YYYY-MM or YYYY).")
  String to;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Query words, joined by spaces.")
  List<String> words = List.of();

  @Override
  public Integer call() throws IOException {
    if (limit < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must not be negative");
    }
    String query = String.join(" ", words);
    SearchRequest request = new SearchRequest(query, person, place, org, from, to, limit);
    SearchResult result;
    try (FactSearcher searcher = index.openSearcher()) {
      result = searcher.search(request);
    } catch (QuerySyntaxException e) {
      throw new UserError("bad query: " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.MAPPER.writeValueAsString(result));
    } else {
      new SearchResultPrinter(out).print(query, result);
    }
    out.flush();
    return CliExit.OK;
  }
}
