package org.vigie.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.places.Places.place;
import static org.vigie.places.Places.places;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Place;

class PlaceFinderTest {

  @Test
  void parisIsInFranceUnlessTexasIsSaid() {
    Place paris = place(places("en", "The ministers met in Paris on Monday."), "Paris");
    assertEquals("FRA", paris.country());
    assertEquals(Place.CITY, paris.kind());
    assertEquals(48.85, paris.lat(), 0.05);

    Place texas = place(places("en", "The storm hit Paris, Texas, on Monday."), "Paris");
    assertEquals("USA", texas.country());
    assertEquals(33.66, texas.lat(), 0.05);
  }

  @Test
  void parisStaysInFranceInAnAmericanStory() {
    List<Place> places = places("en", "Barack Obama and John Kerry flew to Paris. The United States"
        + " and the American government said the United States would help.");
    assertEquals("FRA", place(places, "Paris").country());
  }

  @Test
  void tripoliIsInTheCountryTheStoryIsAbout() {
    Place lebanon = place(places("fr", "Le Liban est inquiet. Des heurts ont éclaté à Tripoli. Le Liban"
        + " et l'armée libanaise ont appelé au calme."), "Tripoli");
    assertEquals("LBN", lebanon.country());
    Place libya = place(places("fr", "La Libye est divisée. Des combats ont éclaté à Tripoli. Le"
        + " gouvernement libyen a appelé au calme."), "Tripoli");
    assertEquals("LBY", libya.country());
    assertEquals(32.89, libya.lat(), 0.05);
  }

  @Test
  void citiesHaveTheirNameInTheDocumentsLanguage() {
    Place alep = place(places("fr", "Les rebelles ont attaqué les quartiers d'Alep."), "Alep");
    assertEquals("SYR", alep.country());
    assertEquals("Alep", alep.name());
    Place aleppo = place(places("en", "Rebels attacked districts of Aleppo."), "Aleppo");
    assertEquals("Aleppo", aleppo.name());
    assertEquals(36.20, aleppo.lat(), 0.05);
    assertEquals(37.16, aleppo.lon(), 0.05);
  }

  @Test
  void countriesComeFromTheActorStage() {
    Place syrie = place(places("fr", "La Russie a frappé en Syrie."), "Syrie");
    assertEquals(Place.COUNTRY, syrie.kind());
    assertEquals("SYR", syrie.country());
  }

  @Test
  void commonWordsNeedACue() {
    assertTrue(places("en", "Police arrested two men.").isEmpty());
    assertEquals("HRV", place(places("en", "The summit was held in Split."), "Split").country());
  }

  @Test
  void peopleAreNotPlaces() {
    List<Place> places = places("en", "Barack Obama met the Russian foreign minister.");
    assertTrue(places.stream().noneMatch(p -> p.text().contains("Obama")), places.toString());
  }

  @Test
  void focusIsTheCountryNamedMost() {
    var doc = Places.resolve("fr", "La Syrie accuse la Turquie. Damas a saisi l'ONU. L'armée syrienne avance.");
    assertEquals("SYR", Places.finder("fr").focus(doc).orElseThrow());
  }
}
