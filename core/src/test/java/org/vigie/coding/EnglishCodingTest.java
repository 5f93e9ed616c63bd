package org.vigie.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Event;
import org.vigie.testing.Fixtures;

/** Examples of English sentences and the events they must (or must not) give. */
class EnglishCodingTest {

  private static final String DATE = "2015-10-01";

  private static List<String> triples(String text) {
    return Fixtures.process("en", text, DATE).events().stream()
        .map(e -> e.source().code() + " " + e.target().code() + " " + e.root()).toList();
  }

  private static void assertCodes(String text, String source, String target, String root) {
    List<String> got = triples(text);
    assertTrue(got.contains(source + " " + target + " " + root), () -> text + " gave " + got);
  }

  @Test
  void compoundTitlesBeforeTheName() {
    assertCodes("Russian Foreign Minister Sergei Lavrov met Secretary of State John Kerry.", "RUSGOV", "USAGOV", "04");
  }

  @Test
  void agentWithNationality() {
    assertCodes("The opposition leader was arrested by Iraqi police in Baghdad.", "IRQCOP", "IRQOPP", "17");
  }

  @Test
  void coordinationGivesOneEventPerSource() {
    List<String> got = triples("France and Germany condemned Russia.");
    assertTrue(got.contains("FRA RUS 11") && got.contains("DEU RUS 11"), got::toString);
  }

  @Test
  void negationGivesNoEvent() {
    List<String> got = triples("France and Germany did not condemn Russia.");
    assertTrue(got.stream().noneMatch(t -> t.endsWith(" 11")), got::toString);
  }

  @Test
  void officeHolderOutsideHisTermIsOnlyHisCountry() {
    List<Event> events = Fixtures.process("en", "John Kerry criticized Russia.", "2019-06-01").events();
    assertTrue(events.stream().anyMatch(e -> e.source().code().equals("USA")), events::toString);
  }

  @Test
  void languageIsDetectedWhenNotDeclared() {
    assertEquals("en", Fixtures.process(null, "Turkey accused Syria of shelling its border towns.", DATE)
        .resolved().document().lang());
    assertEquals("fr", Fixtures.process(null, "La Turquie a accusé la Syrie de bombarder ses villes.", DATE)
        .resolved().document().lang());
  }
}
