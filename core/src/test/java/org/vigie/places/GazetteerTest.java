package org.vigie.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.dictionary.DataFile;
import org.vigie.dictionary.DictionaryException;
import org.vigie.model.Place;

class GazetteerTest {

  private final Gazetteer gazetteer = Places.gazetteer();

  @Test
  void holdsCitiesAndRegionsOfTheWorld() {
    assertTrue(gazetteer.size() > 29000, "size " + gazetteer.size());
    assertTrue(gazetteer.lookup("Texas").stream().anyMatch(t -> t.kind().equals(Place.REGION) && t.country().equals("USA")));
  }

  @Test
  void namesInFrenchEnglishAndThePressesSpellings() {
    for (String name : List.of("Alep", "Aleppo", "alep", "ALEP")) {
      Toponym t = gazetteer.lookup(name).stream().filter(p -> p.kind().equals(Place.CITY)).findFirst().orElseThrow();
      assertEquals("SYR", t.country(), name);
      assertEquals("Alep", t.name("fr"));
      assertEquals("Aleppo", t.name("en"));
    }
    assertEquals("SYR", gazetteer.lookup("Damas").get(0).country());
    assertEquals("SYR", gazetteer.lookup("Raqqa").get(0).country());
    assertEquals("SYR", gazetteer.lookup("Deir ez-Zor").get(0).country());
    assertEquals("EGY", gazetteer.lookup("Le Caire").get(0).country());
    assertEquals("IRQ", gazetteer.lookup("Fallujah").get(0).country());
  }

  @Test
  void namesSharedByCountriesKeepEveryCandidate() {
    List<String> countries = gazetteer.lookup("Tripoli").stream().map(Toponym::country).toList();
    assertTrue(countries.containsAll(List.of("LBN", "LBY")), countries.toString());
    countries = gazetteer.lookup("Paris").stream().map(Toponym::country).toList();
    assertTrue(countries.containsAll(List.of("FRA", "USA")), countries.toString());
  }

  @Test
  void macroRegionsHaveNoCountry() {
    Toponym middleEast = gazetteer.lookup("Moyen-Orient").get(0);
    assertEquals(null, middleEast.country());
    assertEquals("Middle East", middleEast.name("en"));
    assertEquals(middleEast, gazetteer.lookup("Proche-Orient").get(0));
    assertEquals("UKR", gazetteer.lookup("Donbass").get(0).country());
  }

  @Test
  void ordinaryWordsArePerLanguage() {
    assertTrue(gazetteer.isCommonWord("Police", "en"));
    assertTrue(gazetteer.isCommonWord("Orange", "fr"));
    assertFalse(gazetteer.isCommonWord("Aleppo", "en"));
  }

  @Test
  void anExonymOfAnUnknownPlaceIsReportedWithItsLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("cities.tsv"), "Aleppo\t\tSYR\t36.2\t37.16\t1602264\n");
    Files.writeString(dir.resolve("exonyms.tsv"), "# French names\nSYR\tAlepo\tAlep\tAleppo\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> read(dir));
    assertEquals("exonyms.tsv:2: no city or region 'Alepo' in SYR in cities.tsv or regions.tsv", e.getMessage());
  }

  @Test
  void aBadCoordinateIsReportedWithItsLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("cities.tsv"), "Aleppo\t\tSYR\t36.2\t37.16\t1602264\nHoms\t\tSYR\t134.7\t36.7\t775404\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> read(dir));
    assertEquals("cities.tsv:2: lat out of range: 134.7", e.getMessage());
  }

  private static Gazetteer read(Path dir) {
    return new GazetteerReader(name -> Files.exists(dir.resolve(name)) ? DataFile.file(dir.resolve(name)) : List.of()).read();
  }
}
