package org.newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsfacts.entities.Entity;
import org.newsfacts.entities.EntityFilter;
import org.newsfacts.entities.EntityIndex;
import org.newsfacts.entities.EntityStore;
import org.newsfacts.entities.EntityType;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.report.EntityProfile;
import org.newsfacts.report.EntityProfileWriter;
import org.newsfacts.report.Report;
import org.newsfacts.report.ReportFormat;
import org.newsfacts.report.ReportWriter;
import org.newsfacts.search.FactSearcher;
import org.newsfacts.search.QuerySyntaxException;
import org.newsfacts.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsfacts report}: a report over the indexed articles, or those a query matches. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Reports the most mentioned people, places and organisations, then each article's"
            + " facts, over the whole index or the articles QUERY matches (same syntax as"
            + " search). Built from the index alone: no NLP models are loaded.")
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
      description = "md, html, csv or json (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path outFile;

  @Option(names = "--article", paramLabel = "ID", description = "Report on this one article only.")
  String articleId;

  @Option(names = "--person", paramLabel = "NAME",
      description = "Profile of one person: aliases, articles, timeline, who and where with most.")
  String person;

  @Option(names = "--place", paramLabel = "NAME", description = "Profile of one place.")
  String place;

  @Option(names = "--org", paramLabel = "NAME", description = "Profile of one organisation.")
  String org;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Query words, joined by spaces.")
  List<String> words = List.of();

  @Override
  public Integer call() throws IOException {
    if (person != null || place != null || org != null) {
      return profile();
    }
    ReportWriter writer = writerFor(format);
    Report report;
    try (FactSearcher searcher = index.openSearcher()) {
      report = articleId != null ? articleReport(searcher) : queryReport(searcher);
    } catch (QuerySyntaxException e) {
      throw new UserError("bad query: " + e.getMessage(), e);
    }
    if (outFile == null) {
      PrintWriter out = spec.commandLine().getOut();
      writer.write(report, out);
      out.flush();
    } else {
      try (Writer out = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
        writer.write(report, out);
      } catch (IOException e) {
        throw new UserError("cannot write " + outFile + ": " + e.getMessage(), e);
      }
      spec.commandLine().getErr().println(
          "newsfacts report: wrote " + report.articles().size() + " articles to " + outFile);
    }
    return CliExit.OK;
  }

  private Report articleReport(FactSearcher searcher) {
    ExtractedArticle article =
        searcher
            .article(articleId)
            .orElseThrow(() -> new UserError("no article with id " + articleId + " in " + index));
    return Report.factSheet(article).withCopies(searcher::copiesOf);
  }

  private Report queryReport(FactSearcher searcher) {
    String query = String.join(" ", words);
    List<ExtractedArticle> articles = searcher.articles(SearchRequest.of(query, 0));
    return Report.of(query.isBlank() ? "all articles" : "query: " + query, articles, archiveEntities())
        .withCopies(searcher::copiesOf);
  }

  // The merged entities of the whole index, so a report on some articles names people the way
  // the archive does ("Reagan" alone counts for "Ronald Reagan").
  private EntityIndex archiveEntities() {
    try {
      return new EntityIndex(EntityStore.load(index.dir));
    } catch (IOException e) {
      throw new UserError("cannot read the entities of " + index + ": " + e.getMessage(), e);
    }
  }

  private int profile() throws IOException {
    if ((person != null ? 1 : 0) + (place != null ? 1 : 0) + (org != null ? 1 : 0) > 1 || articleId != null) {
      throw new UserError("give one of --person, --place, --org (and no --article)");
    }
    EntityType type = person != null ? EntityType.PERSON : place != null ? EntityType.PLACE : EntityType.ORGANIZATION;
    String name = person != null ? person : place != null ? place : org;
    EntityProfile profile;
    try (FactSearcher searcher = index.openSearcher()) {
      EntityIndex entities = archiveEntities();
      Entity entity =
          EntityFilter.named(entities.entities(), type, name)
              .orElseThrow(() -> new UserError("no " + type.label() + " called '" + name + "' in " + index
                  + " (see 'newsfacts entities --type " + type.label() + "')"));
      profile = EntityProfile.of(entity, searcher.articles(SearchRequest.of(candidates(type, entity), 0)), entities);
    } catch (QuerySyntaxException e) {
      throw new UserError("cannot look up '" + name + "': " + e.getMessage(), e);
    }
    if (outFile == null) {
      PrintWriter out = spec.commandLine().getOut();
      writeProfile(profile, out);
    } else {
      try (Writer out = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
        writeProfile(profile, out);
      } catch (IOException e) {
        throw new UserError("cannot write " + outFile + ": " + e.getMessage(), e);
      }
      spec.commandLine().getErr().println("newsfacts report: wrote the profile of " + profile.entity().name()
          + " (" + profile.articles().size() + " articles) to " + outFile);
    }
    return CliExit.OK;
  }

  private void writeProfile(EntityProfile profile, Writer out) throws IOException {
    try {
      EntityProfileWriter.write(profile, format, out);
    } catch (UnsupportedOperationException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /** A query for every article that may name the entity; the profile keeps those that do. */
  private static String candidates(EntityType type, Entity entity) {
    String field = type == EntityType.PERSON ? "person" : type == EntityType.PLACE ? "place" : "org";
    return entity.names().stream()
        .map(n -> field + ":\"" + n.replace("\"", " ").replace("\\", " ") + "\"")
        .collect(java.util.stream.Collectors.joining(" OR "));
  }

  private static ReportWriter writerFor(ReportFormat format) {
    try {
      return format.writer();
    } catch (UnsupportedOperationException e) {
      throw new UserError(e.getMessage(), e);
    }
  }
}
