package org.vigie.places;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.model.Location;
import org.vigie.model.Place;
import org.vigie.pipeline.DocumentResult;
import org.vigie.testing.EventScore;
import org.vigie.testing.Fixtures;

/**
 * Place accuracy on the development sets (src/test/resources/devset/LANG): of the expected events
 * that carry a {@code location_country} and were coded, how many get that country from {@link
 * EventPlaces}; scored by {@link EventScore}, next to the locations the coder gives today.
 */
class DevSetPlacesTest {

  @ParameterizedTest
  @CsvSource({"fr, 0.85", "en, 0.85"})
  void eventsGetTheirExpectedCountry(String lang, double floor) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> expected = new HashMap<>();
    for (JsonNode gold : json.readTree(resource("/devset/" + lang + "/expected.json"))) {
      expected.put(gold.get("document").asText(), gold);
    }
    EventScore today = new EventScore();
    EventScore placed = new EventScore();
    List<String> misses = new ArrayList<>();
    for (String line : resource("/devset/" + lang + "/articles.jsonl").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode a = json.readTree(line);
      Article article = new Article(a.get("id").asText(), null, null, LocalDate.parse(a.get("date").asText()),
          lang, a.get("text").asText(), "devset");
      DocumentResult r = Fixtures.pipeline().process(article);
      JsonNode gold = expected.get(article.id());
      if (gold == null) {
        continue;
      }
      List<Event> located = located(lang, r);
      today.add(gold, r.events());
      EventScore one = new EventScore();
      one.add(gold, located);
      placed.add(gold, located);
      if (one.placesRight < one.placesExpected) {
        misses.add(article.id() + ": expected " + gold.findValuesAsText("location_country") + ", got "
            + located.stream().map(e -> e.code() + "@" + (e.location() == null ? null : e.location().country())).toList());
      }
    }
    double accuracy = placed.placesExpected == 0 ? 1.0 : (double) placed.placesRight / placed.placesExpected;
    String report = String.format(Locale.ROOT, "%s dev set places: %d/%d (%.2f) with EventPlaces, %d/%d with the coder's locations",
        lang, placed.placesRight, placed.placesExpected, accuracy, today.placesRight, today.placesExpected);
    System.out.println(report + "\n  " + String.join("\n  ", misses));
    assertTrue(accuracy >= floor, report + "\n" + String.join("\n", misses));
  }

  private static List<Event> located(String lang, DocumentResult r) {
    if (r.resolved() == null) {
      return r.events();
    }
    List<Place> places = Places.finder(lang).find(r.resolved());
    EventPlaces where = Places.eventPlaces(lang);
    return r.events().stream().map(e -> withLocation(e, where.locate(e, r.resolved(), places))).toList();
  }

  private static Event withLocation(Event e, Location l) {
    return new Event(e.docId(), e.eventId(), e.sentenceId(), e.sentence(), e.date(), e.datePrecision(), e.code(),
        e.quadClass(), e.goldstein(), e.source(), e.sourceText(), e.target(), e.targetText(), l, e.evidence(), e.lang());
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = DevSetPlacesTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
