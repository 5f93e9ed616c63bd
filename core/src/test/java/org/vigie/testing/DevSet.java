package org.vigie.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.pipeline.Pipeline;

/**
 * A development set of src/test/resources/devset/LANG: articles (JSON Lines) and their expected
 * analysis, coded by a pipeline and scored like ../shared/tools/score_events.py does.
 */
public final class DevSet {

  public final List<Article> articles = new ArrayList<>();
  public final JsonNode expected;
  public final Map<String, List<Event>> coded = new LinkedHashMap<>();
  public final EventScore score = new EventScore();
  public final Map<String, org.vigie.pipeline.DocumentResult> results = new LinkedHashMap<>();

  private DevSet(String lang, Pipeline pipeline) {
    ObjectMapper json = new ObjectMapper();
    try {
      for (String line : resource("/devset/" + lang + "/articles.jsonl").split("\n")) {
        if (!line.isBlank()) {
          JsonNode a = json.readTree(line);
          articles.add(new Article(a.get("id").asText(), null, a.path("title").asText(null),
              LocalDate.parse(a.get("date").asText()), a.get("lang").asText(), a.get("text").asText(), "devset"));
        }
      }
      expected = json.readTree(resource("/devset/" + lang + "/expected.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Article a : articles) {
      org.vigie.pipeline.DocumentResult r = pipeline.process(a);
      results.put(a.id(), r);
      coded.put(a.id(), r.events());
    }
    for (JsonNode gold : expected) {
      score.add(gold, coded.getOrDefault(gold.get("document").asText(), List.of()));
    }
  }

  private static final Map<String, DevSet> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  /** The {@code lang} set coded once per test run with the shared pipeline of {@link Fixtures}. */
  public static DevSet cached(String lang) {
    return CACHE.computeIfAbsent(lang, l -> new DevSet(l, Fixtures.pipeline()));
  }

  /** Codes the {@code lang} development set with {@code pipeline} and scores it. */
  public static DevSet code(String lang, Pipeline pipeline) {
    return new DevSet(lang, pipeline);
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = DevSet.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Scores one kind of enrichment over every document of the set. */
  public <T> EnrichmentScore enrichment(String key, java.util.function.Function<org.vigie.pipeline.DocumentResult, List<T>> got,
      java.util.function.BiPredicate<JsonNode, T> same) {
    EnrichmentScore s = new EnrichmentScore();
    for (JsonNode gold : expected) {
      org.vigie.pipeline.DocumentResult r = results.get(gold.get("document").asText());
      if (r != null && gold.has(key)) {
        s.add(gold.get(key), got.apply(r), same);
      }
    }
    return s;
  }

  /** The score and every miss and unexpected event, for failure messages. */
  public String report() {
    return score + "\n" + String.join("\n", score.lines);
  }
}
