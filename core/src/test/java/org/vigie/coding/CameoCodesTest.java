package org.vigie.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vigie.model.Plover;

class CameoCodesTest {

  private static final CameoCodes CODES = CameoCodes.bundled();

  @Test
  void goldsteinAndQuadClassFollowTheCode() {
    assertEquals(-10.0, CODES.goldstein("190"));
    assertEquals(4, CameoCodes.quadClass("190"));
    assertEquals(1, CameoCodes.quadClass("046"));
    assertEquals(3, CameoCodes.quadClass("111"));
    assertEquals(2, CameoCodes.quadClass("073"));
  }

  @Test
  void ploverTypeOfACodeOrOfItsParent() {
    assertEquals(new Plover("CONSULT", "visit", null), CODES.plover("042").orElseThrow());
    assertEquals("THREATEN", CODES.plover("1384").orElseThrow().type());
    assertEquals("ASSAULT", CODES.plover("195").orElseThrow().type());
    assertEquals("REQUEST", CODES.plover("0234").orElseThrow().type());
  }

  @Test
  void statementsHaveNoPloverType() {
    assertTrue(CODES.plover("010").isEmpty());
  }

  @Test
  void intentCodesByRoot() {
    assertEquals("036", CODES.intentOf("043").orElseThrow());
    assertEquals("138", CODES.intentOf("190").orElseThrow());
  }
}
