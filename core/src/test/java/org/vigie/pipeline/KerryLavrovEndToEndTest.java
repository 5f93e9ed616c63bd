package org.vigie.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.testing.EventScore;
import org.vigie.testing.Fixtures;

/** The scraped French example article of ../shared/examples, coded as a user would. */
class KerryLavrovEndToEndTest {

  private static JsonNode expected;
  private static List<Event> events;
  private static DocumentResult result;

  @BeforeAll
  static void code() throws IOException {
    expected = new ObjectMapper().readTree(Fixtures.shared("examples/kerry-lavrov.fr.expected.json").toFile());
    String text = Files.readString(Fixtures.shared("examples/kerry-lavrov.fr.txt"));
    Article article = new Article("kerry-lavrov.fr", null, null, LocalDate.parse("2015-10-01"), null, text, "test");
    result = Fixtures.pipeline().process(article);
    events = result.events();
  }

  @Test
  void findsEveryRequiredEventPreciselyAndOnce() {
    EventScore score = new EventScore();
    score.add(expected, events);
    assertEquals(score.required, score.requiredFound, score::toString);
    assertEquals(0, score.forbidden, score::toString);
    assertEquals(0, score.duplicates, score::toString);
    assertTrue(score.precision() >= 0.9, score::toString);
  }

  @Test
  void russianOperationIsDatedWednesdayAndLocatedInSyria() {
    Event op = events.stream().filter(e -> e.sentence().contains("a entamé mercredi")).findFirst().orElseThrow();
    assertEquals("2015-09-30", op.date());
    assertEquals("SYR", op.location().country());
  }

  @Test
  void theThreeQuotesAreKerrys() {
    for (JsonNode q : expected.get("quotes")) {
      String starts = q.get("starts").asText();
      assertTrue(result.quotes().stream().anyMatch(x -> x.text().contains(starts)
          && x.speaker() != null && x.speaker().code().equals("USAGOV")), () -> starts + " in " + result.quotes());
    }
    assertEquals(3, result.quotes().size(), result.quotes()::toString);
  }

  @Test
  void theThreeQuantitiesWithWhatTheyCount() {
    for (JsonNode q : expected.get("quantities")) {
      assertTrue(result.quantities().stream().anyMatch(x -> x.value() == q.get("value").asLong()
          && x.kind().equals(q.get("kind").asText()) && q.get("qualifier").asText().equals(x.qualifier())),
          () -> q + " in " + result.quantities());
    }
  }

  @Test
  void theFourDatesWithTheirValues() {
    for (JsonNode d : expected.get("dates")) {
      assertTrue(result.resolved().dates().stream().anyMatch(x -> x.text().equals(d.get("text").asText())
          && x.value().equals(d.get("value").asText())), () -> d + " in " + result.resolved().dates());
    }
  }

  @Test
  void everyEventHasAPloverType() {
    events.forEach(e -> assertTrue(e.plover() != null, e::toString));
  }

  @Test
  void nothingIsCodedFromThePageFurniture() {
    assertTrue(events.stream().noneMatch(e -> e.sentence().contains("humilie")), events::toString);
  }

  @Test
  void evidenceOffsetsPointIntoTheSentence() {
    for (Event e : events) {
      assertTrue(e.evidence().start() < e.evidence().end(), e::toString);
    }
  }
}
