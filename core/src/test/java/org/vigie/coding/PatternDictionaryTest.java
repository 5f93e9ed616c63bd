package org.vigie.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.dictionary.DataLine;
import org.vigie.dictionary.DictionaryException;

class PatternDictionaryTest {

  private static final CameoCodes CODES = CameoCodes.bundled();

  private static EventPattern parse(String code, String pattern) {
    return PatternDictionary.parse(new DataLine("verbs.txt", 7, List.of(code, pattern)), false, CODES);
  }

  @Test
  void prepositionBeforeTheSlotIntroducesTheTarget() {
    EventPattern p = parse("190", "entamer opération|offensive militaire contre $");
    assertEquals("entamer", p.trigger());
    assertEquals(List.of(Set.of("operation", "offensive"), Set.of("militaire")), p.words());
    assertEquals("contre", p.preposition());
    assertTrue(p.target());
  }

  @Test
  void slotAloneIsTheDirectObject() {
    EventPattern p = parse("111", "condamner $");
    assertTrue(p.target());
    assertNull(p.preposition());
  }

  @Test
  void leadingSeMarksAReflexiveVerb() {
    EventPattern p = parse("042", "se rendre à $");
    assertTrue(p.reflexive());
    assertEquals("rendre", p.trigger());
    assertEquals("a", p.preposition());
  }

  @Test
  void unknownCodeIsReportedWithFileAndLine() {
    DictionaryException e = assertThrows(DictionaryException.class, () -> parse("999", "condamner $"));
    assertEquals("verbs.txt:7: unknown CAMEO code 999", e.getMessage());
  }

  @Test
  void malformedFileLineIsReportedWithItsLineNumber(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("verbs.txt"), "# comment\n111\tcondamner $\n\n04x\tdiscuter\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> PatternDictionary.fromDirectory(dir, CODES));
    assertEquals("verbs.txt:4: unknown CAMEO code 04x", e.getMessage());
  }

  @Test
  void bundledFrenchPatternsCoverEveryRoot() {
    PatternDictionary fr = PatternDictionary.bundled("fr", CODES);
    assertTrue(fr.size() >= 400, "patterns: " + fr.size());
    Set<String> roots = new TreeSet<>();
    for (DataLine line : org.vigie.dictionary.DataFile.resource("/org/vigie/dictionaries/fr/verbs.txt")) {
      roots.add(line.columns().get(0).substring(0, 2));
    }
    assertEquals(20, roots.size(), roots.toString());
  }
}
