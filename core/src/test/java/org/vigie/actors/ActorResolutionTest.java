package org.vigie.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.ActorMention;
import org.vigie.testing.Fixtures;

/** Examples of French actor mentions and the codes they resolve to. */
class ActorResolutionTest {

  private static List<String> codes(String text, String date) {
    return Fixtures.process(text, date).resolved().mentions().stream()
        .map(m -> m.text() + "=" + m.actor().code()).toList();
  }

  private static void assertActor(String text, String date, String mention, String code) {
    List<String> got = codes(text, date);
    assertTrue(got.contains(mention + "=" + code), () -> text + " gave " + got);
  }

  @Test
  void titleWithAdjectiveInsideTheRolePhrase() {
    assertActor("Le ministre russe des Affaires étrangères est arrivé.", "2015-10-01",
        "ministre russe des Affaires étrangères", "RUSGOV");
  }

  @Test
  void titleWithCountryComplementAndName() {
    assertActor("Le secrétaire d'Etat des Etats-Unis John Kerry est arrivé.", "2015-10-01",
        "secrétaire d'Etat des Etats-Unis John Kerry", "USAGOV");
  }

  @Test
  void officeHolderOutsideHisTermKeepsOnlyHisCountry() {
    assertActor("John Kerry est arrivé.", "2010-05-01", "John Kerry", "USA");
    assertActor("John Kerry est arrivé.", "2015-05-01", "John Kerry", "USAGOV");
  }

  @Test
  void coordinatedAdjectivesGiveTwoActors() {
    List<String> got = codes("Les chefs de la diplomatie russe et américaine sont arrivés.", "2015-10-01");
    assertTrue(got.stream().anyMatch(c -> c.endsWith("=RUSGOV")) && got.stream().anyMatch(c -> c.endsWith("=USAGOV")),
        () -> got.toString());
  }

  @Test
  void capitalStandsForTheGovernment() {
    assertActor("Moscou a réagi.", "2015-10-01", "Moscou", "RUSGOV");
  }

  @Test
  void armedGroupAcronym() {
    assertActor("Les frappes contre l'EI ont repris.", "2015-10-01", "EI", "IMGMUSISI");
  }

  @Test
  void pairReferenceGivesBothPeople() {
    List<ActorMention> mentions = Fixtures.process(
        "John Kerry a rencontré Sergueï Lavrov. Les deux ministres ont parlé.", "2015-10-01").resolved().mentions();
    long pair = mentions.stream().filter(m -> m.kind() == ActorMention.Kind.REFERENCE).count();
    assertTrue(pair == 2, () -> mentions.toString());
  }
}
