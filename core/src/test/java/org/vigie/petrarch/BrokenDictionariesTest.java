package org.vigie.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dictionaries with broken lines (petrarch/bad/): each is reported, the rest loads. */
class BrokenDictionariesTest {

  static PetrarchDictionaries loaded;

  @BeforeAll
  static void load() {
    loaded = PetrarchDictionaries.load(Fixtures.path("bad"));
  }

  @Test
  void everyBrokenVerbLineIsReported() {
    assertEquals(
        List.of(
            "CAMEO.bad.txt:4: pattern outside a verb block",
            "CAMEO.bad.txt:7: unclosed '('",
            "CAMEO.bad.txt:8: not a CAMEO event code: '0x1'",
            "CAMEO.bad.txt:9: no code [CODE] at the end of the pattern",
            "CAMEO.bad.txt:10: no verb '*' in the pattern",
            "CAMEO.bad.txt:12: not a verb, pattern, synonym set or block header"),
        skipped("CAMEO.bad.txt"));
    assertEquals(1, loaded.report().file("CAMEO.bad.txt").orElseThrow().count("patterns"));
  }

  @Test
  void everyBrokenActorLineIsReported() {
    assertEquals(
        List.of(
            "Bad.actors.txt:3: date restriction must be <date, >date or date-date: '20150230'",
            "Bad.actors.txt:4: control character U+001A in 'BAD?NAME'",
            "Bad.actors.txt:5: date restriction of the skipped actor of line 4",
            "Bad.actors.txt:6: synonym of the skipped actor of line 4",
            "Bad.actors.txt:7: indented line is not a date restriction [CODE date]",
            "Bad.actors.txt:9: not a date (YYMMDD or YYYYMMDD): '9008223'",
            "Bad.actors.txt:10: range ends (2012-01-01) before it starts (2013-02-01)",
            "Bad.actors.txt:11: not a CAMEO code: 'usagov'",
            "Bad.actors.txt:12: unexpected text 'trailing words' after the codes"),
        skipped("Bad.actors.txt"));
    FileReport actors = loaded.report().file("Bad.actors.txt").orElseThrow();
    assertEquals(
        List.of("Bad.actors.txt:8: no code: names of no actor"),
        actors.notRepresentable().stream().map(LineIssue::toString).toList());
    assertEquals(1, actors.count("states"));
  }

  @Test
  void everyBrokenAgentAndIssueLineIsReported() {
    assertEquals(
        List.of(
            "Bad.agents.txt:3: no agent code [~CODE]",
            "Bad.agents.txt:4: agent code must be ~CODE or CODE~: 'COP'",
            "Bad.agents.txt:5: undefined substitution !NOPE!"),
        skipped("Bad.agents.txt"));
    assertEquals(
        List.of("Bad.issues.txt:3: not 'phrase [CODE]', '~phrase' or an <ISSUE> tag"),
        skipped("Bad.issues.txt"));
  }

  @Test
  void theReportAccountsForEveryLine() {
    assertTrue(
        loaded.report().accountsForEveryLine(), String.join("\n", loaded.report().summary()));
  }

  private static List<String> skipped(String file) {
    return loaded.report().file(file).orElseThrow().lines().skipped().stream()
        .map(LineIssue::toString)
        .toList();
  }
}
