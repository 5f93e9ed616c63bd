package org.vigie.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.model.DateMention;
import org.vigie.testing.DevSet;
import org.vigie.testing.EnrichmentScore;

/**
 * Dates (and the other enrichments) of both development sets against their expected lists, with
 * floors that only go up.
 */
class DevSetEnrichmentTest {

  private static Map<String, DevSet> sets;

  @BeforeAll
  static void code() {
    sets = Map.of("fr", DevSet.cached("fr"), "en", DevSet.cached("en"));
  }

  private static boolean sameDate(JsonNode g, DateMention d) {
    String text = g.get("text").asText();
    return d.value().equals(g.get("value").asText()) && (d.text().contains(text) || text.contains(d.text()));
  }

  @Test
  void placesAreFoundWithTheirCountry() {
    for (String lang : sets.keySet()) {
      EnrichmentScore s = sets.get(lang).enrichment("places", r -> r.places(),
          (g, p) -> p.text().equals(g.get("mention").asText())
              && (g.get("country").isNull() ? p.country() == null : g.get("country").asText().equals(p.country())));
      System.out.println(lang + " dev set places: " + s);
      assertTrue(s.recall() >= 0.8 && s.precision() >= 0.9, lang + ": " + s);
    }
  }

  @Test
  void quotesAreFoundWithTheirSpeaker() {
    EnrichmentScore s = sets.get("fr").enrichment("quotes", r -> r.quotes(),
        (g, q) -> q.text().startsWith(g.get("starts").asText()) || q.text().contains(g.get("starts").asText()));
    System.out.println("fr dev set quotes: " + s);
    assertTrue(s.recall() >= 0.9 && s.precision() >= 0.9, s::toString);
  }

  @Test
  void quantitiesAreFoundWithTheirValue() {
    for (String lang : sets.keySet()) {
      EnrichmentScore s = sets.get(lang).enrichment("quantities", r -> r.quantities(),
          (g, q) -> q.value() == g.get("value").asLong() && q.text().contains(g.get("text").asText()));
      System.out.println(lang + " dev set quantities: " + s);
      assertTrue(s.recall() >= 0.85 && s.precision() >= 0.6, lang + ": " + s);
    }
  }

  @Test
  void datesAreFoundAndResolved() {
    for (String lang : sets.keySet()) {
      EnrichmentScore s = sets.get(lang).enrichment("dates", r -> r.resolved().dates(), DevSetEnrichmentTest::sameDate);
      System.out.println(lang + " dev set dates: " + s);
      assertTrue(s.recall() >= 0.85 && s.precision() >= 0.9, lang + ": " + s);
    }
  }
}
