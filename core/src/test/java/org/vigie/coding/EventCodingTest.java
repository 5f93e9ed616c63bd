package org.vigie.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigie.model.Event;
import org.vigie.testing.Fixtures;

/** Examples of French sentences and the events they must (or must not) give. */
class EventCodingTest {

  private static final String DATE = "2015-10-01";

  /** The events of {@code text} as "SOURCE TARGET ROOT" strings. */
  private static List<String> triples(String text) {
    return Fixtures.code(text, DATE).stream()
        .map(e -> e.source().code() + " " + e.target().code() + " " + e.root())
        .collect(Collectors.toList());
  }

  private static void assertCodes(String text, String source, String target, String root) {
    List<String> got = triples(text);
    assertTrue(got.contains(source + " " + target + " " + root), () -> text + " gave " + got);
  }

  @Test
  void subjectActsOnObject() {
    assertCodes("La France a condamné la Russie.", "FRA", "RUS", "11");
  }

  @Test
  void titleWithNationalityAdjective() {
    assertCodes("Le ministre russe des Affaires étrangères a rencontré le président syrien.", "RUSGOV", "SYRGOV", "04");
  }

  @Test
  void passiveVoiceTakesTheAgentAsSource() {
    assertCodes("La Syrie a été bombardée par l'aviation russe.", "RUSMIL", "SYR", "19");
  }

  @Test
  void coordinatedSubjectsGiveOneEventEach() {
    List<String> got = triples("La France et l'Allemagne ont condamné la Russie.");
    assertTrue(got.contains("FRA RUS 11") && got.contains("DEU RUS 11"), () -> got.toString());
  }

  @Test
  void mutualActOfCoordinatedSubjectsPairsThem() {
    List<String> got = triples("La Russie et les Etats-Unis ont discuté de la crise.");
    assertEquals(1, got.stream().filter(t -> t.endsWith(" 04")).count(), () -> got.toString());
  }

  @Test
  void negatedVerbGivesNoEvent() {
    List<String> got = triples("La Chine n'a pas condamné la Russie.");
    assertTrue(got.stream().noneMatch(t -> t.endsWith(" 11")), () -> got.toString());
  }

  @Test
  void intentionIsCodedAsIntent() {
    List<Event> events = Fixtures.code("La Russie va rencontrer les Etats-Unis.", DATE);
    assertTrue(events.stream().anyMatch(e -> e.code().equals("036")), () -> events.toString());
  }

  @Test
  void pronounPointsBackToThePerson() {
    assertCodes("Sergueï Lavrov est arrivé à Paris. Il a rencontré John Kerry.", "RUSGOV", "USAGOV", "04");
  }

  @Test
  void groupReferencePointsBackToTheArmedGroup() {
    assertCodes("L'Etat islamique contrôle une partie de l'Irak. La France combat ce groupe.", "FRA", "IMGMUSISI", "19");
  }

  @Test
  void relativeWeekdayIsResolvedAgainstTheArticleDate() {
    List<Event> events = Fixtures.code("La Turquie a accusé mercredi la Syrie.", DATE);
    assertTrue(events.stream().anyMatch(e -> "2015-09-30".equals(e.date())), () -> events.toString());
  }

  @Test
  void countryNamedWithTheEventIsItsLocation() {
    List<Event> events = Fixtures.code("L'armée russe a bombardé l'Etat islamique en Syrie.", DATE);
    assertTrue(events.stream().anyMatch(e -> e.location() != null && "SYR".equals(e.location().country())),
        () -> events.toString());
  }

  @Test
  void anActorNeverActsOnItself() {
    List<String> got = triples("Moscou a condamné le Kremlin.");
    assertTrue(got.isEmpty(), () -> got.toString());
  }

  @Test
  void evidenceOffsetsPointAtTheTrigger() {
    String text = "La France a condamné la Russie.";
    Event e = Fixtures.code(text, DATE).get(0);
    assertEquals("condamné", text.substring(e.evidence().start(), e.evidence().start() + "condamné".length()));
  }
}
