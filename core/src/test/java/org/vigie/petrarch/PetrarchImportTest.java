package org.vigie.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.actors.ActorDictionaries;
import org.vigie.actors.Entry;
import org.vigie.actors.NameMatcher;
import org.vigie.coding.EventPattern;
import org.vigie.nlp.Folding;

/** What the entries of a small PETRARCH set (petrarch/dicts/) become in Vigie's model. */
class PetrarchImportTest {

  static PetrarchDictionaries dicts;

  @BeforeAll
  static void load() {
    dicts = PetrarchDictionaries.load(Fixtures.path("dicts"));
  }

  @Test
  void theFolderIsRecognisedByItsFileNames() {
    PetrarchFiles files = PetrarchFiles.find(Fixtures.path("dicts"));
    assertEquals(List.of("CAMEO.vigie-test.txt"), names(files.verbs()));
    assertEquals(List.of("Vigie-test.actors.txt"), names(files.actors()));
    assertEquals(List.of("Vigie-test.agents.txt"), names(files.agents()));
    assertEquals(List.of("Vigie-test.discards.txt"), names(files.discards()));
    assertEquals(List.of("Vigie-test.issues.txt"), names(files.issues()));
    assertTrue(PetrarchFiles.isPetrarchFolder(Fixtures.path("dicts")));
    assertFalse(
        PetrarchFiles.isPetrarchFolder(Path.of("src/main/resources/org/vigie/dictionaries/fr")));
    assertTrue(dicts.report().accountsForEveryLine());
    assertTrue(dicts.report().skipped().isEmpty(), dicts.report().skipped().toString());
  }

  @Test
  void datedCodesAreOfficeTermsAndTheUndatedOneTheDefault() {
    // JOHN_KERRY_ [USAGOVLEG 850103-130201] [USAGOV >130201]: from 2013-02-01 on, both days
    // included
    assertEquals("USAGOV", codeOn("John Kerry", "2015-10-01"));
    assertEquals("USAGOVLEG", codeOn("John Kerry", "2013-01-31"));
    assertEquals("USAGOVLEG", codeOn("John Kerry", "1985-01-03"));
    assertEquals("USA", codeOn("John Kerry", "1980-01-01")); // outside every term: the country only
    // SERGEY_LAVROV_ [RUSGOV >20040309] [RUSELI]: the undated code when no term applies
    assertEquals("RUSGOV", codeOn("Sergey Lavrov", "2004-03-09"));
    assertEquals("RUSELI", codeOn("Sergey Lavrov", "2004-03-08"));
    assertEquals("John Kerry", entry("Kerry", Entry.Type.PERSON).name());
  }

  @Test
  void statesTakeAllTheirNames() {
    assertEquals(
        List.of("Russia", "Russian", "Moscow"),
        dicts.actors().country("RUS").orElseThrow().names());
    assertEquals(0.0, dicts.actors().country("RUS").orElseThrow().lat());
    // UKRAINE_ [USRUKR <910824] [UKR >911221]: the state's names, its older codes dropped
    assertEquals(
        List.of("Ukraine", "Ukrainian"), dicts.actors().country("UKR").orElseThrow().names());
    FileReport actors = dicts.report().file("Vigie-test.actors.txt").orElseThrow();
    assertTrue(
        actors
            .approximated()
            .get(0)
            .toString()
            .startsWith("Vigie-test.actors.txt:11: a Vigie state has no dates"));
    assertEquals(
        List.of("Vigie-test.actors.txt:33: only the null code [---]: names of no actor"),
        actors.notRepresentable().stream().map(LineIssue::toString).toList());
  }

  @Test
  void otherCodesAreOrganisationsOfTheirKind() {
    assertEquals(
        "IGOWSTNAT", entry("North Atlantic Treaty Organization", Entry.Type.ORGANIZATION).code());
    assertEquals("igo", entry("NATO", Entry.Type.ORGANIZATION).detail());
    assertEquals("group", entry("Daesh", Entry.Type.ORGANIZATION).detail());
    assertEquals("IMGMUSISI", entry("ISIL", Entry.Type.ORGANIZATION).code());
    assertEquals("igo", ActorImport.kind("IGOUNO"));
    assertEquals("group", ActorImport.kind("SYRREB"));
    assertEquals("ngo", ActorImport.kind("NGOHRI"));
    assertEquals("company", ActorImport.kind("MNCUSA"));
    assertEquals("agency", ActorImport.kind("AFGMIL"));
  }

  @Test
  void agentsAreRolesWithTheirPlurals() {
    assertEquals("COP", entry("police", Entry.Type.ROLE).code());
    assertNull(entry("polices", Entry.Type.ROLE)); // {}: no plural
    assertEquals("MIL", entry("soldiers", Entry.Type.ROLE).code());
    assertEquals("MIL", entry("armies", Entry.Type.ROLE).code());
    assertEquals("JUD", entry("attorneys general", Entry.Type.ROLE).code());
    assertEquals("LEG", entry("congresswomen", Entry.Type.ROLE).code());
    assertEquals("GOV", entry("foreign ministers", Entry.Type.ROLE).code());
    FileReport agents = dicts.report().file("Vigie-test.agents.txt").orElseThrow();
    assertEquals(
        List.of(
            "Vigie-test.agents.txt:10: code before the actor's (NGO~): Vigie roles follow the"
                + " country"),
        agents.notRepresentable().stream().map(LineIssue::toString).toList());
  }

  @Test
  void verbCodesGiveAnObjectPatternAndAFreeOne() {
    List<EventPattern> meet = dicts.patterns().verbPatterns("meet");
    assertTrue(
        meet.stream()
            .anyMatch(
                p ->
                    p.code().equals("040")
                        && p.words().isEmpty()
                        && p.target()
                        && p.preposition() == null));
    assertTrue(
        meet.stream().anyMatch(p -> p.code().equals("040") && p.words().isEmpty() && !p.target()));
    // - * (WITH +) [040]: the target is what "with" introduces
    assertTrue(
        meet.stream()
            .anyMatch(p -> p.target() && "with".equals(p.preposition()) && p.words().isEmpty()));
    // +SIT_DOWN [043]: a phrasal verb, its particle required
    assertTrue(
        dicts.patterns().verbPatterns("sit").stream()
            .anyMatch(p -> p.code().equals("043") && p.words().equals(List.of(Set.of("down")))));
  }

  @Test
  void patternsOfABlockApplyToEachOfItsVerbs() {
    for (String verb : List.of("attack", "strike")) {
      List<EventPattern> ps = dicts.patterns().verbPatterns(verb);
      // - * + (WITH &WEAPON) [195]: the object is the target; "with" and a weapon are required
      EventPattern weapons =
          ps.stream().filter(p -> p.code().equals("195")).findFirst().orElseThrow();
      assertTrue(weapons.target());
      assertNull(weapons.preposition());
      assertEquals(Set.of("with"), weapons.words().get(0));
      assertTrue(
          weapons
              .words()
              .get(1)
              .containsAll(
                  Set.of(
                      "rocket",
                      "rockets",
                      "missile",
                      "missiles",
                      "drone",
                      "shell",
                      "artillery shell")),
          weapons.words().toString());
      assertFalse(weapons.words().get(1).contains("drones"), "DRONE_ has no plural");
      assertTrue(ps.stream().anyMatch(p -> p.code().equals("193") && "on".equals(p.preposition())));
      assertTrue(
          ps.stream()
              .anyMatch(
                  p -> p.code().equals("190") && p.words().equals(List.of(Set.of("positions")))));
    }
  }

  @Test
  void whatCannotBeRepresentedIsReportedNeverDropped() {
    FileReport verbs = dicts.report().file("CAMEO.vigie-test.txt").orElseThrow();
    assertEquals(
        List.of(
            "CAMEO.vigie-test.txt:21: '^' (a phrase to skip) has no Vigie equivalent: - * (IN ^)"
                + " [040]",
            "CAMEO.vigie-test.txt:27: words before the verb: - &WEAPON * [195]",
            "CAMEO.vigie-test.txt:38: null code [---]: a pattern that only stops the verb's code: -"
                + " * ATTACK (BY +) [---]",
            "CAMEO.vigie-test.txt:39: only a reverse event: [:173], Vigie codes from the subject: -"
                + " * (BEFORE COURT) [:173]",
            "CAMEO.vigie-test.txt:43: transformation: verb-on-verb rules have no Vigie equivalent"),
        verbs.notRepresentable().stream().map(LineIssue::toString).toList());
    assertEquals(
        List.of(
            "CAMEO.vigie-test.txt:26: synonyms of several words are matched by their last word",
            "CAMEO.vigie-test.txt:32: reverse event dropped: [042:043]",
            "CAMEO.vigie-test.txt:33: reverse event dropped: [042:043]"),
        verbs.approximated().stream().map(LineIssue::toString).toList());
    assertEquals(9, verbs.count("patterns"));
    assertEquals(5, verbs.count("patterns converted"));
  }

  @Test
  void discardsAndIssuesAreKeptForLater() {
    assertEquals(2, dicts.discards().size());
    assertTrue(dicts.discards().get(0).wholeStory());
    assertEquals("WORLD CUP", dicts.discards().get(0).phrase());
    Issue ceasefire = dicts.issues().get(0);
    assertEquals("SECURITY", ceasefire.category());
    assertEquals(List.of("ceasefire", "ceasefires"), ceasefire.forms());
    assertEquals(List.of("cease fire", "cease-fire"), dicts.issues().get(1).forms());
    assertEquals(List.of("bomb", "bombs", "bombed", "bombing"), dicts.issues().get(2).forms());
    assertTrue(dicts.issues().get(3).ignores());
  }

  @Test
  void aBuilderWithOtherEntriesIsExtendedNotReplaced() {
    ActorDictionaries.Builder base = ActorDictionaries.builder();
    base.organization("IGOUNO", List.of("United Nations"), "igo");
    PetrarchDictionaries d =
        PetrarchDictionaries.load(
            PetrarchFiles.find(Fixtures.path("dicts")),
            base,
            null,
            org.vigie.coding.CameoCodes.bundled());
    NameMatcher.Hit un =
        d.actors().matcher().longestAt(Folding.pieces("United Nations"), 0, e -> true);
    assertEquals("IGOUNO", un.entry(Entry.Type.ORGANIZATION).code());
    assertTrue(d.actors().country("RUS").isPresent());
  }

  private static String codeOn(String person, String date) {
    return dicts.actors().people().codeOn(person, LocalDate.parse(date)).orElseThrow();
  }

  private static Entry entry(String name, Entry.Type type) {
    List<String> pieces = Folding.pieces(name);
    NameMatcher.Hit hit = dicts.actors().matcher().longestAt(pieces, 0, e -> e.type() == type);
    return hit == null || hit.last() != pieces.size() - 1 ? null : hit.entry(type);
  }

  private static List<String> names(List<Path> paths) {
    return paths.stream().map(p -> p.getFileName().toString()).toList();
  }
}
