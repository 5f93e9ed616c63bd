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
      coded.put(a.id(), pipeline.process(a).events());
    }
    for (JsonNode gold : expected) {
      score.add(gold, coded.getOrDefault(gold.get("document").asText(), List.of()));
    }
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

  /** The score and every miss and unexpected event, for failure messages. */
  public String report() {
    return score + "\n" + String.join("\n", score.lines);
  }
}
