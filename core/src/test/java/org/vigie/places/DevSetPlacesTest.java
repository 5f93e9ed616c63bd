package org.vigie.places;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vigie.testing.DevSet;

/**
 * Place accuracy on the development sets: the coded events that match an expected event with a
 * {@code location_country} must be located in that country. The floors only go up.
 */
class DevSetPlacesTest {

  @Test
  void eventsAreLocatedInTheExpectedCountry() {
    for (String lang : new String[] {"fr", "en"}) {
      DevSet set = DevSet.cached(lang);
      double accuracy = (double) set.score.placesRight / set.score.placesExpected;
      System.out.println(lang + " dev set places: " + set.score.placesRight + "/" + set.score.placesExpected);
      assertTrue(set.score.placesExpected >= 5 && accuracy >= 0.85, lang + ": " + set.score);
    }
  }
}
