package org.vigie.places;

import java.time.LocalDate;
import java.util.List;
import org.vigie.actors.ActorDictionaries;
import org.vigie.model.Article;
import org.vigie.model.Place;
import org.vigie.model.ResolvedDocument;
import org.vigie.pipeline.DocumentResult;
import org.vigie.testing.Fixtures;

/** The gazetteer and a place finder per language, loaded once for the test run. */
final class Places {

  private static Gazetteer gazetteer;
  private static PlaceFinder french;
  private static PlaceFinder english;

  private Places() {}

  static synchronized Gazetteer gazetteer() {
    if (gazetteer == null) {
      gazetteer = Gazetteer.bundled();
    }
    return gazetteer;
  }

  static synchronized PlaceFinder finder(String lang) {
    if (french == null) {
      french = new PlaceFinder(gazetteer(), ActorDictionaries.bundled("fr"));
      english = new PlaceFinder(gazetteer(), ActorDictionaries.bundled("en"));
    }
    return lang.equals("fr") ? french : english;
  }

  static EventPlaces eventPlaces(String lang) {
    return new EventPlaces(finder(lang), ActorDictionaries.bundled(lang));
  }

  static DocumentResult process(String lang, String text) {
    return Fixtures.pipeline().process(new Article("test", null, null, LocalDate.parse("2015-10-01"), lang, text, "test"));
  }

  static ResolvedDocument resolve(String lang, String text) {
    return process(lang, text).resolved();
  }

  static List<Place> places(String lang, String text) {
    return finder(lang).find(resolve(lang, text));
  }

  /** The place written {@code text}, failing when there is none. */
  static Place place(List<Place> places, String text) {
    return places.stream().filter(p -> p.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no place '" + text + "' in " + places));
  }
}
