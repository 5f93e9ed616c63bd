package org.vigie.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Event;
import org.vigie.model.Location;
import org.vigie.model.Place;
import org.vigie.model.ResolvedDocument;
import org.vigie.pipeline.DocumentResult;

class EventPlacesTest {

  /** The location of the first event coded in {@code text}. */
  private static Location locate(String lang, String text) {
    DocumentResult r = Places.process(lang, text);
    ResolvedDocument doc = r.resolved();
    assertFalse(r.events().isEmpty(), "no event coded in: " + text);
    List<Place> places = Places.finder(lang).find(doc);
    Event e = r.events().get(0);
    return Places.eventPlaces(lang).locate(e, doc, places);
  }

  @Test
  void aCityIntroducedByA() {
    Location l = locate("fr", "L'armée russe a attaqué les rebelles syriens à Alep.");
    assertEquals("SYR", l.country());
    assertEquals("Alep", l.name());
    assertEquals(36.20, l.lat(), 0.05);
    assertEquals(37.16, l.lon(), 0.05);
  }

  @Test
  void aCityIntroducedByIn() {
    Location l = locate("en", "The Russian army attacked Syrian rebels in Homs on Monday.");
    assertEquals("SYR", l.country());
    assertEquals("Homs", l.name());
    assertEquals(34.73, l.lat(), 0.05);
  }

  @Test
  void aCountryIntroducedByEn() {
    Location l = locate("fr", "L'Armée de l'air russe a entamé mercredi une opération militaire contre l'EI en Syrie.");
    assertEquals("SYR", l.country());
    assertEquals("Syrie", l.name());
    assertEquals(34.8, l.lat(), 0.1);
  }

  @Test
  void aCityBeatsItsCountry() {
    Location l = locate("fr", "En Syrie, l'armée russe a attaqué les rebelles à Homs.");
    assertEquals("Homs", l.name());
  }

  @Test
  void withoutAPlaceTheFocusCountry() {
    Location l = locate("fr", "Le Mali accuse la France. Le Mali a condamné la France. Le président malien a critiqué Paris.");
    assertEquals("MLI", l.country());
  }
}
