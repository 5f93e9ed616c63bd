package org.vigie.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.testing.DevSet;

/**
 * The French development set (src/test/resources/devset/fr, written for Vigie about real public
 * events), scored by the rules of ../shared/tools/score_events.py. The floors only go up.
 */
class FrenchDevSetTest {

  static final double RECALL_FLOOR = 0.52;
  static final double PRECISION_FLOOR = 0.85;

  private static DevSet set;

  @BeforeAll
  static void codeTheSet() {
    set = DevSet.cached("fr");
    System.out.println("French dev set: " + set.score);
  }

  @Test
  void recallStaysAboveItsFloor() {
    assertTrue(set.score.recall() >= RECALL_FLOOR, set::report);
  }

  @Test
  void precisionStaysAboveItsFloor() {
    assertTrue(set.score.precision() >= PRECISION_FLOOR, set::report);
  }

  /** Parsing only candidate sentences must not lose anything that parsing all of them finds. */
  @Test
  void selectiveParsingCodesTheSameEventsAsParsingEverySentence() {
    Pipeline everything = PipelineFactory.create(new PipelineConfig(null, true));
    for (Article a : set.articles) {
      List<String> all = everything.process(a).events().stream().map(Event::eventId).toList();
      List<String> selective = set.coded.get(a.id()).stream().map(Event::eventId).toList();
      assertEquals(all, selective, a.id());
    }
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
