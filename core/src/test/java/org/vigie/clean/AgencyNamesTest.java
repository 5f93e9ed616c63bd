package org.vigie.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgencyNamesTest {

  private static final AgencyNames BUNDLED =
      AgencyNames.parse(RuleFile.resource(BoilerplateRules.AGENCIES_RESOURCE));

  private static AgencyNames table(String tsv) {
    return AgencyNames.parse(RuleFile.read("agencies.tsv", new StringReader(tsv)));
  }

  private static void assertAgency(String expected, String written) {
    assertEquals(Optional.of(expected), BUNDLED.known(written), written);
  }

  @Test
  void sputnikUnderEveryName() {
    assertAgency("Sputnik", "fr.sputniknews");
    assertAgency("Sputnik", "sputniknews.com");
    assertAgency("Sputnik", "Sputnik");
    assertAgency("Sputnik", "SPUTNIK.");
  }

  @Test
  void worldAgencies() {
    assertAgency("AFP", "AFP");
    assertAgency("AFP", "afp.com");
    assertAgency("AFP", "Agence France Presse");
    assertAgency("Reuters", "reuters");
    assertAgency("AP", "AP");
    assertAgency("AP", "Associated Press");
    assertAgency("RIA Novosti", "Ria-Novosti");
    assertAgency("TASS", "Itar-Tass");
    assertAgency("Belga", "Belga");
    assertAgency("ATS", "Agence telegraphique suisse");
    assertAgency("Xinhua", "Chine Nouvelle");
    assertAgency("Anadolu", "Agence Anadolu");
  }

  @Test
  void unknownAgencyIsNotKnown() {
    assertEquals(Optional.empty(), BUNDLED.known("Le Monde"));
  }

  @Test
  void severalAgenciesInOneCredit() {
    assertEquals(Optional.of("AFP, Reuters"), BUNDLED.credit("AFP et Reuters", false));
    assertEquals(Optional.of("AP, AFP"), BUNDLED.credit("AP/afp.com", false));
  }

  @Test
  void creditOfSomethingThatIsNoNameIsRefused() {
    assertEquals(Optional.empty(), BUNDLED.credit("ce vote, la France rejoint", false));
    assertEquals(Optional.empty(), BUNDLED.credit("Vladimir Poutine et ses ministres", false));
    assertEquals(Optional.empty(), BUNDLED.credit("Le Monde", true));
  }

  @Test
  void unknownDomainIsAName() {
    assertEquals(Optional.of("lemonde.fr"), BUNDLED.credit("lemonde.fr", false));
  }

  @Test
  void aliasGivenToTwoAgenciesIsReported() {
    CleanRulesException e =
        assertThrows(
            CleanRulesException.class,
            () -> table("# agencies\nAFP\tFrance-Presse\nAFX\tFrance Presse\n"));
    assertEquals(
        "agencies.tsv:3: alias \"France Presse\" already names AFP (line 2)", e.getMessage());
  }

  @Test
  void emptyAliasIsReported() {
    CleanRulesException e =
        assertThrows(CleanRulesException.class, () -> table("AFP\tafp.com||France-Presse\n"));
    assertEquals("agencies.tsv:1: empty alias in \"afp.com||France-Presse\"", e.getMessage());
  }
}
