package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.store.CorpusSearch;
import org.vigie.store.EventFilter;
import org.vigie.store.Store;
import org.vigie.store.TextIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie search}: full-text search over the store, the matching documents with their events.
 * Results on stdout (text for people, or JSON Lines), nothing else.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the stored documents: a full-text query (Lucene syntax: words, \"phrases\", OR, NOT,"
        + " title:, lang:, date:[2015-01-01 TO 2015-12-31]; empty or * for all) and event filters.",
        "With event filters, only documents with a matching event are shown, with those events."})
final class SearchCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words to look for; empty or * for every document.")
  String query = "";

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events on or after this day.") String from;
  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events on or before this day.") String to;
  @Option(names = "--actor", paramLabel = "CODE", description = "Source or target actor code prefix (RUS, RUSGOV).") String actor;
  @Option(names = "--source", paramLabel = "CODE", description = "Source actor code prefix.") String source;
  @Option(names = "--target", paramLabel = "CODE", description = "Target actor code prefix.") String target;
  @Option(names = "--country", paramLabel = "ISO3", description = "Country of the source, target or location (SYR).") String country;
  @Option(names = "--code", paramLabel = "CAMEO", description = "CAMEO code prefix (19, 190).") String code;
  @Option(names = "--root", paramLabel = "NN", description = "CAMEO root, two digits.") String root;
  @Option(names = "--quad", paramLabel = "1-4", description = "Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.") String quad;
  @Option(names = "--lang", paramLabel = "fr|en", description = "Language of the events' articles.") String lang;

  @Option(names = "--limit", defaultValue = "20", description = "Most documents shown. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--format", defaultValue = "text", description = "text (for reading) or jsonl (a {\"type\":\"document\"} line per document, then its events as contract lines with \"type\":\"event\"). Default: ${DEFAULT-VALUE}.")
  String format;

  @Mixin StoreOptions storeOptions = new StoreOptions();

  @Spec CommandSpec spec;

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public Integer call() throws Exception {
    if (!format.equals("text") && !format.equals("jsonl")) {
      throw new Main.UsageException("--format: expected text or jsonl, not '" + format + "'");
    }
    if (limit < 1) {
      throw new Main.UsageException("--limit: expected a number >= 1, not " + limit);
    }
    EventFilter filter;
    try {
      filter = EventFilter.parse(from, to, source, target, actor, country, code, root, quad, lang);
    } catch (EventFilter.BadParameter e) {
      throw new Main.UsageException("--" + e.getMessage());
    }
    List<CorpusSearch.Result> results;
    try (Store store = Store.openReadOnly(storeOptions.db); TextIndex index = TextIndex.openReadOnly(storeOptions.db)) {
      results = new CorpusSearch(store, index).search(query, filter, limit);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("jsonl")) {
      printJsonl(out, results);
    } else {
      printText(out, results);
    }
    out.flush();
    if (results.isEmpty()) {
      spec.commandLine().getErr().println("search: no document matches");
    }
    return Main.OK;
  }

  private void printJsonl(PrintWriter out, List<CorpusSearch.Result> results) throws Exception {
    for (CorpusSearch.Result r : results) {
      CorpusSearch.Document d = r.document();
      ObjectNode doc = mapper.createObjectNode().put("type", "document").put("doc_id", d.docId())
          .put("doc_key", d.docKey()).put("title", d.title())
          .put("date", d.date() == null ? null : d.date().toString()).put("lang", d.lang()).put("url", d.url())
          .put("outlet", d.outlet()).put("score", r.score()).put("snippet", r.snippet())
          .put("events", r.events().size());
      out.println(doc);
      for (String json : r.events()) {
        ObjectNode event = mapper.createObjectNode().put("type", "event");
        event.setAll((ObjectNode) mapper.readTree(json));
        out.println(event);
      }
    }
  }

  private void printText(PrintWriter out, List<CorpusSearch.Result> results) throws Exception {
    int n = 0;
    for (CorpusSearch.Result r : results) {
      CorpusSearch.Document d = r.document();
      out.printf(Locale.ROOT, "%2d. %-10s  %-2s  %s%s%n", ++n, d.date() == null ? "" : d.date(),
          d.lang() == null ? "" : d.lang(), d.docId(), r.score() > 0 ? String.format(Locale.ROOT, "  (score %.2f)", r.score()) : "");
      if (d.title() != null && !d.title().isBlank()) {
        out.println("    " + d.title());
      }
      if (!r.snippet().isEmpty()) {
        out.println("    " + r.snippet());
      }
      for (String json : r.events()) {
        out.println("      " + eventLine(json));
      }
      out.println();
    }
  }

  /** {@code 2015-09-30  190 Q4  RUSMIL → IMGMUSISI  "entamé opération militaire contre"  @ Syrie}. */
  private String eventLine(String json) throws Exception {
    var e = mapper.readTree(json);
    String location = e.path("location").path("name").asText("");
    return String.format(Locale.ROOT, "%-10s  %-4s Q%d  %s → %s  \"%s\"%s", e.path("date").asText(""),
        e.path("code").asText(), e.path("quad_class").asInt(), e.path("source").path("code").asText(),
        e.path("target").path("code").asText(), e.path("evidence").path("trigger").asText(),
        location.isEmpty() ? "" : "  @ " + location);
  }
}
