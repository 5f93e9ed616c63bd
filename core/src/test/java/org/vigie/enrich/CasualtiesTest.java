package org.vigie.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Actor;
import org.vigie.model.DateMention;
import org.vigie.model.Event;
import org.vigie.model.Quantity;
import org.vigie.model.Span;
import org.vigie.pipeline.DocumentResult;
import org.vigie.testing.Fixtures;

class CasualtiesTest {

  private static final Actor RUSMIL = new Actor("RUSMIL", "armée (Russie)", "RUS");
  private static final Actor SYR = new Actor("SYR", "Syrie", "SYR");

  private static Event event(int sentence, String code) {
    return new Event(
        "d",
        "e" + sentence + code,
        sentence,
        "...",
        "2015-09-30",
        DateMention.Precision.DAY,
        code,
        4,
        -10.0,
        RUSMIL,
        "l'armée russe",
        SYR,
        "Alep",
        null,
        null,
        "fr",
        null,
        null,
        null);
  }

  private static Quantity count(int sentence, long value, String kind) {
    return new Quantity(new Span(0, 1), "x", value, null, kind, sentence);
  }

  @Test
  void countsOfTheEventsSentenceAttach() {
    List<Casualties> found =
        Casualties.attach(
            List.of(event(2, "195"), event(3, "190")),
            List.of(
                count(2, 30, "deaths"),
                count(2, 12, "injured"),
                count(2, 80, "countries"),
                count(3, 5, "arrested")));
    assertEquals(30, found.get(0).dead().value());
    assertEquals(12, found.get(0).injured().value());
    assertNull(found.get(0).arrested());
    assertEquals(5, found.get(1).arrested().value());
    assertNull(found.get(1).dead());
  }

  @Test
  void theLargestCountOfAKindIsTaken() {
    Casualties c =
        Casualties.attach(
                List.of(event(0, "190")),
                List.of(count(0, 250_000, "deaths"), count(0, 10_000, "deaths")))
            .get(0);
    assertEquals(250_000, c.dead().value());
  }

  @Test
  void onlyViolentEventsTakeCasualties() {
    Casualties meeting =
        Casualties.attach(List.of(event(0, "040")), List.of(count(0, 250_000, "deaths"))).get(0);
    assertTrue(meeting.isEmpty());
    assertEquals("040", meeting.event().code());
  }

  @Test
  void endToEndFromTheCodedEvents() {
    Casualties strike =
        only("Des avions russes ont frappé Alep mercredi, tuant au moins 30 civils.");
    assertEquals("19", strike.event().root());
    assertEquals(30, strike.dead().value());
    assertEquals("at least", strike.dead().qualifier());

    Casualties arrests = only("La police turque a arrêté 20 manifestants à Istanbul.");
    assertEquals("173", arrests.event().code());
    assertEquals(20, arrests.arrested().value());
    assertNull(arrests.dead());
  }

  /** The casualties of the one event coded in {@code text}, by the real pipeline. */
  private static Casualties only(String text) {
    DocumentResult r = Fixtures.process(text, "2015-10-01");
    List<Quantity> quantities = QuantityAssertions.EXTRACTOR.find(r.resolved());
    List<Casualties> casualties = Casualties.attach(r.events(), quantities);
    assertEquals(1, casualties.size(), () -> "events of \"" + text + "\": " + r.events());
    return casualties.get(0);
  }
}
