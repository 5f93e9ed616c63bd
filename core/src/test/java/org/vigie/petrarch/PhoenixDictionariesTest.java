package org.vigie.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.actors.Entry;
import org.vigie.actors.NameMatcher;
import org.vigie.coding.EventPattern;
import org.vigie.nlp.Folding;
import org.vigie.testing.Fixtures;

/**
 * The full Phoenix set of PETRARCH-2, from ../shared: every line parsed or reported, with counts.
 */
class PhoenixDictionariesTest {

  static final Path PHOENIX =
      Fixtures.shared("reference/cameo/petrarch2-dictionaries");

  static PetrarchDictionaries phoenix;

  @BeforeAll
  static void load() {
    phoenix = PetrarchDictionaries.load(PHOENIX);
  }

  @Test
  void everyLineOfEveryFileIsParsedOrReported() {
    LoadReport report = phoenix.report();
    assertEquals(8, report.files().size(), String.join("\n", report.summary()));
    assertTrue(report.accountsForEveryLine(), String.join("\n", report.summary()));
    for (FileReport f : report.files()) {
      assertTrue(f.lines().parsed() > 0, f.file());
    }
  }

  @Test
  void linesAndEntriesPerFile() {
    assertLines("CAMEO.2.0.txt", 9187, 3);
    assertLines("Phoenix.Countries.actors.txt", 54526, 17);
    assertLines("Phoenix.International.actors.txt", 8013, 5);
    assertLines("Phoenix.MilNonState.actors.txt", 2733, 0);
    assertLines("Phoenix.agents.txt", 2369, 1);
    assertLines("Phoenix.discards.txt", 514, 0);
    assertLines("Phoenix.IssueCoding.txt", 3455, 17);
    assertLines("Phoenix.prepositions.txt", 106, 0);

    FileReport verbs = file("CAMEO.2.0.txt");
    assertEquals(40, verbs.count("synonym sets"));
    assertEquals(397, verbs.count("verb blocks"));
    assertEquals(1817, verbs.count("verbs"));
    assertEquals(4665, verbs.count("patterns"));
    assertEquals(
        verbs.count("patterns"),
        verbs.count("patterns converted") + notRepresentablePatterns(verbs));
    assertEquals(phoenix.patterns().size(), verbs.count("event patterns"));

    FileReport countries = file("Phoenix.Countries.actors.txt");
    assertEquals(18388, countries.count("entries"));
    assertTrue(countries.count("states") > 190, "states " + countries.count("states"));
    assertTrue(countries.count("people") > 17000, "people " + countries.count("people"));
    assertEquals(7837, file("Phoenix.International.actors.txt").count("entries"));
    assertEquals(1021, file("Phoenix.MilNonState.actors.txt").count("entries"));
    assertEquals(2244, file("Phoenix.agents.txt").count("agents"));
    assertEquals(506, phoenix.discards().size());
    assertTrue(phoenix.issues().size() > 3000, "issues " + phoenix.issues().size());
  }

  @Test
  void malformedLinesAreReportedWithFileAndLine() {
    List<String> skipped = phoenix.report().skipped().stream().map(LineIssue::toString).toList();
    assertTrue(
        skipped.contains("CAMEO.2.0.txt:5787: not a CAMEO event code: '080!'"), skipped.toString());
    assertTrue(skipped.contains("CAMEO.2.0.txt:2374: unbalanced ')'"), skipped.toString());
    assertTrue(
        skipped.contains(
            "Phoenix.Countries.actors.txt:2039: not a date (YYMMDD or YYYYMMDD): '9008223'"));
    assertTrue(
        skipped.contains(
            "Phoenix.Countries.actors.txt:745: control character U+001A in 'LIAMINE Z?ROUAL'"));
    assertTrue(
        skipped.contains(
            "Phoenix.Countries.actors.txt:746: date restriction of the skipped actor of line 745"));
    assertTrue(
        skipped.contains(
            "Phoenix.Countries.actors.txt:14190: range ends (2012-08-02) before it starts"
                + " (2012-12-07)"));
    assertTrue(skipped.contains("Phoenix.agents.txt:1927: no agent code [~CODE]"));
  }

  @Test
  void datedCodesBecomeOfficeTerms() {
    // JOHN_KERRY_ [USAGOVLEG 850103-130201] [USAGOV >130201]
    assertEquals("USAGOV", codeOn("John Kerry", "2015-10-01"));
    assertEquals("USAGOV", codeOn("John Kerry", "2013-02-02"));
    assertEquals("USAGOVLEG", codeOn("John Kerry", "2010-06-01"));
    // SERGEY_LAVROV_ [RUSGOV 19940922-20040712] [RUSGOV >20040309]
    assertEquals("RUSGOV", codeOn("Sergey Lavrov", "2015-10-01"));
  }

  @Test
  void statesOrganisationsAndRolesAreFound() {
    assertTrue(phoenix.actors().country("RUS").orElseThrow().names().contains("Russia"));
    assertTrue(phoenix.actors().country("RUS").orElseThrow().names().contains("Russian"));
    assertTrue(phoenix.actors().country("UKR").isPresent());
    Entry nato = entry("NATO", Entry.Type.ORGANIZATION);
    assertEquals("IGOWSTNAT", nato.code());
    assertEquals("igo", nato.detail());
    assertEquals("COP", entry("police", Entry.Type.ROLE).code());
    assertEquals("MIL", entry("soldiers", Entry.Type.ROLE).code());
  }

  @Test
  void verbPatternsKeepTheirTargetPreposition() {
    // ACCELERATE block: - * POLICE (TO BORDER) [153], RUSH among its verbs
    List<EventPattern> rush = phoenix.patterns().verbPatterns("rush");
    assertTrue(
        rush.stream()
            .anyMatch(
                p ->
                    p.code().equals("153")
                        && p.words()
                            .equals(
                                List.of(
                                    java.util.Set.of("police"),
                                    java.util.Set.of("to"),
                                    java.util.Set.of("border")))));
    assertTrue(
        phoenix.patterns().verbPatterns("attack").stream()
            .anyMatch(p -> p.target() && p.preposition() == null));
  }

  @Test
  void whatCannotBeRepresentedIsCountedWithItsReason() {
    var reasons = phoenix.report().notRepresentableByReason();
    assertTrue(reasons.getOrDefault("words before the verb", 0) > 100, reasons.toString());
    assertTrue(reasons.getOrDefault("null code [---]", 0) > 100, reasons.toString());
    assertEquals(8, reasons.getOrDefault("transformation", 0), reasons.toString());
  }

  private static int notRepresentablePatterns(FileReport verbs) {
    return (int)
        verbs.notRepresentable().stream()
            .filter(i -> !i.reason().startsWith("transformation") && i.reason().contains(": - "))
            .count();
  }

  private static String codeOn(String person, String date) {
    return phoenix.actors().people().codeOn(person, LocalDate.parse(date)).orElseThrow();
  }

  private static Entry entry(String name, Entry.Type type) {
    NameMatcher.Hit hit =
        phoenix.actors().matcher().longestAt(Folding.pieces(name), 0, e -> e.type() == type);
    assertTrue(hit != null, name);
    return hit.entry(type);
  }

  private static void assertLines(String file, int lines, int skipped) {
    LineAccount l = file(file).lines();
    assertEquals(lines, l.lines(), file);
    assertEquals(skipped, l.skipped().size(), file + ": " + l.skipped());
  }

  private static FileReport file(String name) {
    return phoenix
        .report()
        .file(name)
        .orElseThrow(() -> new AssertionError("no report for " + name));
  }
}
