package org.vigie.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.places.Places.place;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Place;
import org.vigie.testing.Fixtures;

/** The places of ../shared/examples/kerry-lavrov.fr.txt, as its expected analysis lists them. */
class KerryLavrovPlacesTest {

  @Test
  void syriaTheUnitedStatesAndTheMiddleEast() throws Exception {
    String text = Files.readString(Fixtures.shared("examples/kerry-lavrov.fr.txt"));
    List<Place> places = Places.finder("fr").find(Places.resolve("fr", text));

    assertEquals("SYR", place(places, "Syrie").country());
    assertEquals(Place.COUNTRY, place(places, "Syrie").kind());
    assertEquals("USA", place(places, "Etats-Unis").country());
    Place region = place(places, "Proche-Orient");
    assertEquals(Place.REGION, region.kind());
    assertNull(region.country());
    assertEquals("Middle East", Places.gazetteer().lookup("Proche-Orient").get(0).name("en"));
    assertTrue(places.stream().allMatch(p -> p.country() == null
        || List.of("SYR", "USA", "RUS").contains(p.country())), places.toString());
  }
}
