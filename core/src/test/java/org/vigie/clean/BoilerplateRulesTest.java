package org.vigie.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoilerplateRulesTest {

  private static final String AGENCIES = "AFP\tAgence France-Presse|afp.com\n";

  private static BoilerplateRules rules(String boilerplate) {
    return BoilerplateRules.parse(
        RuleFile.read("boilerplate.txt", new StringReader(boilerplate)),
        RuleFile.read("agencies.tsv", new StringReader(AGENCIES)));
  }

  private static void assertError(String expected, String boilerplate) {
    CleanRulesException e = assertThrows(CleanRulesException.class, () -> rules(boilerplate));
    assertEquals(expected, e.getMessage());
  }

  @Test
  void bundledRulesLoad() {
    BoilerplateRules rules = BoilerplateRules.defaults();
    assertTrue(rules.isFurniture("Lire aussi : Moscou accuse Washington"));
    assertEquals(Optional.of("Sputnik"), rules.credit("Avec fr.sputniknews"));
  }

  @Test
  void startRuleMatchesThePrefixOnly() {
    BoilerplateRules rules = rules("start\tlire\\s+aussi\\b\n");
    assertTrue(rules.isFurniture("Lire aussi : La Russie frappe"));
    assertFalse(rules.isFurniture("Il faut lire aussi le rapport."));
  }

  @Test
  void lineRuleMatchesTheWholeParagraph() {
    BoilerplateRules rules = rules("line\tpartager\\W*\n");
    assertTrue(rules.isFurniture("Partager"));
    assertFalse(rules.isFurniture("Partager le pouvoir"));
  }

  @Test
  void longParagraphIsNeverFurniture() {
    BoilerplateRules rules = rules("max-words\t4\nstart\tvidéo\n");
    assertTrue(rules.isFurniture("Vidéo : le discours"));
    assertFalse(rules.isFurniture("Vidéo : le discours du président"));
  }

  @Test
  void leadingBulletsAreSkipped() {
    BoilerplateRules rules = rules("start\tlire\\s+aussi\n");
    assertTrue(rules.isFurniture(">> Lire aussi : La Russie frappe"));
    assertTrue(rules.isFurniture("→ Lire aussi"));
  }

  @Test
  void creditTakesTheAgencyGroup() {
    BoilerplateRules rules = rules("credit\tavec\\s+(?<agency>.+)\n");
    assertEquals(Optional.of("AFP"), rules.credit("Avec Agence France-Presse"));
    assertEquals(Optional.of("Le Monde"), rules.credit("Avec Le Monde"));
    assertEquals(Optional.empty(), rules.credit("Avec lui, tout change"));
  }

  @Test
  void knownCreditTakesOnlyTableAgencies() {
    BoilerplateRules rules = rules("credit\t\\((?<known>.+)\\)\n");
    assertEquals(Optional.of("AFP"), rules.credit("(afp.com)"));
    assertEquals(Optional.empty(), rules.credit("(Le Monde)"));
  }

  @Test
  void commentsAndBlankLinesAreIgnored() {
    BoilerplateRules rules = rules("# comment\n\n   \nline\tpartager  # share button\n");
    assertTrue(rules.isFurniture("partager"));
  }

  @Test
  void unknownKindIsReportedWithFileAndLine() {
    assertError(
        "boilerplate.txt:2: unknown kind \"teaser\""
            + " (expected start, line, credit, max-words, max-chars)",
        "# rules\nteaser\tlire aussi\n");
  }

  @Test
  void missingPatternIsReported() {
    assertError("boilerplate.txt:1: missing column 2 (pattern)", "start\n");
  }

  @Test
  void badPatternIsReported() {
    assertError(
        "boilerplate.txt:3: bad pattern: Unclosed group near index 5", "\n\nstart\t(lire\n");
  }

  @Test
  void creditWithoutAgencyGroupIsReported() {
    assertError(
        "boilerplate.txt:1: a credit pattern needs exactly one group named \"agency\" or \"known\"",
        "credit\tavec\\s+(.+)\n");
  }

  @Test
  void badLimitIsReported() {
    assertError(
        "boilerplate.txt:1: expected a positive whole number, found \"many\"", "max-words\tmany\n");
  }

  @Test
  void strayTabIsReported() {
    assertError(
        "boilerplate.txt:1: expected at most 2 TAB-separated columns, found 3",
        "start\tlire\taussi\n");
  }

  @Test
  void rulesLoadFromFilesOnDisk(@TempDir Path dir) throws IOException {
    Path boilerplate = Files.writeString(dir.resolve("my-rules.txt"), "start\t[aà]\\s+suivre\n");
    Path agencies = Files.writeString(dir.resolve("my-agencies.tsv"), AGENCIES);
    assertTrue(BoilerplateRules.load(boilerplate, agencies).isFurniture("A suivre : le débat"));
  }

  @Test
  void errorInAFileOnDiskNamesThatFile(@TempDir Path dir) throws IOException {
    Path boilerplate = Files.writeString(dir.resolve("my-rules.txt"), "start\tok\nstart\t[\n");
    Path agencies = Files.writeString(dir.resolve("my-agencies.tsv"), AGENCIES);
    CleanRulesException e =
        assertThrows(CleanRulesException.class, () -> BoilerplateRules.load(boilerplate, agencies));
    assertTrue(e.getMessage().startsWith("my-rules.txt:2: bad pattern: "), e.getMessage());
  }
}
