package org.vigie.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ActorCodePartsTest {

  private static void assertParts(String code, String country, String group, String religion1, String type1,
      String type2) {
    ActorCodeParts p = ActorCodeParts.of(code);
    assertEquals(country, p.country(), code + " country");
    assertEquals(group, p.knownGroup(), code + " known group");
    assertEquals(religion1, p.religion1(), code + " religion");
    assertEquals(type1, p.type1(), code + " type 1");
    assertEquals(type2, p.type2(), code + " type 2");
    assertEquals("", p.ethnic());
  }

  @Test
  void statesAndTheirRoles() {
    assertParts("USA", "USA", "", "", "", "");
    assertParts("RUSMIL", "RUS", "", "", "MIL", "");
    assertParts("SYRGOVMIL", "SYR", "", "", "GOV", "MIL");
    assertParts("AFR", "AFR", "", "", "", "");
  }

  @Test
  void internationalActorsAndKnownGroups() {
    assertParts("IGOUNO", "", "UNO", "", "IGO", "");
    assertParts("IMGMUSISI", "", "ISI", "MUS", "IMG", "");
    assertParts("IGOWSTNAT", "", "NAT", "", "IGO", "");
    assertParts("IGOEUREEC", "", "EEC", "", "IGO", "");
    assertParts("IGOUNOREFHCR", "", "UNO", "", "IGO", "REF");
    assertParts("NGOHLHIRC", "", "IRC", "", "NGO", "HLH");
  }

  @Test
  void unknownAndEmptyCodes() {
    assertParts("---", "", "", "", "", "");
    assertParts("---GOV", "", "", "", "GOV", "");
    assertParts(null, "", "", "", "", "");
  }
}
