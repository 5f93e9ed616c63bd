package org.vigie.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.testing.DevSet;

/**
 * The English development set (src/test/resources/devset/en, written for Vigie), scored by the
 * rules of ../shared/tools/score_events.py. The floors only go up.
 */
class EnglishDevSetTest {

  static final double RECALL_FLOOR = 0.27;
  static final double PRECISION_FLOOR = 0.70;

  private static DevSet set;

  @BeforeAll
  static void codeTheSet() {
    set = DevSet.cached("en");
    System.out.println("English dev set: " + set.score);
  }

  @Test
  void recallStaysAboveItsFloor() {
    assertTrue(set.score.recall() >= RECALL_FLOOR, set::report);
  }

  @Test
  void precisionStaysAboveItsFloor() {
    assertTrue(set.score.precision() >= PRECISION_FLOOR, set::report);
  }

  @Test
  void everyArticleIsCodedInEnglish() {
    set.coded.values().forEach(events -> events.forEach(e -> assertEquals("en", e.lang(), e::toString)));
  }

  @Test
  void noEventIsCodedTwice() {
    assertEquals(0, set.score.duplicates, set::report);
  }

  @Test
  void negatedEventsAreNeverCoded() {
    assertEquals(0, set.score.forbidden, set::report);
  }
}
