package org.vigie.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.dictionary.DictionaryException;

class ActorDictionariesTest {

  @Test
  void bundledFrenchDictionariesLoad() {
    ActorDictionaries fr = ActorDictionaries.bundled("fr");
    for (String code : new String[] {"RUS", "USA", "SYR", "PSE", "KSV", "TWN", "VAT"}) {
      assertTrue(fr.country(code).isPresent(), code);
    }
    assertTrue(fr.people().size() > 500, "terms: " + fr.people().size());
    assertTrue(fr.matcher().size() > 3000, "names: " + fr.matcher().size());
  }

  @Test
  void officeHolderCodeDependsOnTheDate() {
    OfficeHolderDictionary people = ActorDictionaries.bundled("fr").people();
    assertEquals("USAGOV", people.codeOn("John Kerry", LocalDate.parse("2015-10-01")).orElseThrow());
    assertEquals("USA", people.codeOn("John Kerry", LocalDate.parse("2018-01-01")).orElseThrow());
  }

  @Test
  void badDateIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("people.tsv"), "# people\nUSAGOV\tJohn Kerry\t2013-02-31\t\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> ActorDictionaries.fromDirectory(dir));
    assertEquals("people.tsv:2: not an ISO date (YYYY-MM-DD): '2013-02-31'", e.getMessage());
  }

  @Test
  void badCountryLineIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("countries.tsv"), "RUS\tRussie\trusse\tRusses\tMoscou\t61.5\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> ActorDictionaries.fromDirectory(dir));
    assertEquals("countries.tsv:1: missing column 7 (lon)", e.getMessage());
  }
}
