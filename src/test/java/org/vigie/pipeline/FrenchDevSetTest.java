package org.vigie.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.testing.EventScore;
import org.vigie.testing.Fixtures;

/**
 * The French development set (src/test/resources/devset/fr, written for Vigie about real public
 * events), scored by the rules of ../shared/tools/score_events.py. The floors only go up.
 */
class FrenchDevSetTest {

  static final double RECALL_FLOOR = 0.40;
  static final double PRECISION_FLOOR = 0.85;

  private static EventScore score;
  private static List<Article> articles = new ArrayList<>();
  private static Map<String, List<Event>> coded = new HashMap<>();

  @BeforeAll
  static void codeTheSet() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<Event>> byDoc = new HashMap<>();
    try (InputStream in = FrenchDevSetTest.class.getResourceAsStream("/devset/fr/articles.jsonl")) {
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode a = json.readTree(line);
        Article article = new Article(a.get("id").asText(), null, a.path("title").asText(null),
            LocalDate.parse(a.get("date").asText()), a.get("lang").asText(), a.get("text").asText(), "devset");
        articles.add(article);
        byDoc.put(article.id(), new ArrayList<>(Fixtures.pipeline().process(article).events()));
      }
    }
    coded = byDoc;
    score = new EventScore();
    try (InputStream in = FrenchDevSetTest.class.getResourceAsStream("/devset/fr/expected.json")) {
      for (JsonNode gold : json.readTree(in)) {
        score.add(gold, byDoc.getOrDefault(gold.get("document").asText(), List.of()));
      }
    }
    System.out.println("French dev set: " + score);
  }

  @Test
  void recallStaysAboveItsFloor() {
    assertTrue(score.recall() >= RECALL_FLOOR, () -> score + "\n" + String.join("\n", score.lines));
  }

  @Test
  void precisionStaysAboveItsFloor() {
    assertTrue(score.precision() >= PRECISION_FLOOR, () -> score + "\n" + String.join("\n", score.lines));
  }

  /** Parsing only candidate sentences must not lose anything that parsing all of them finds. */
  @Test
  void selectiveParsingCodesTheSameEventsAsParsingEverySentence() {
    Pipeline everything = PipelineFactory.create(new PipelineConfig(null, true));
    for (Article a : articles) {
      List<String> all = everything.process(a).events().stream().map(Event::eventId).toList();
      List<String> selective = coded.get(a.id()).stream().map(Event::eventId).toList();
      org.junit.jupiter.api.Assertions.assertEquals(all, selective, a.id());
    }
  }

  @Test
  void noEventIsCodedTwice() {
    assertTrue(score.duplicates == 0, score::toString);
  }

  @Test
  void negatedEventsAreNeverCoded() {
    assertTrue(score.forbidden == 0, () -> score + "\n" + String.join("\n", score.lines));
  }
}
