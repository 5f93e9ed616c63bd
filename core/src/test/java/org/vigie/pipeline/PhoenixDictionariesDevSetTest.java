package org.vigie.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vigie.testing.DevSet;
import org.vigie.testing.Fixtures;

/**
 * The English development set coded with the Phoenix (PETRARCH-2) dictionaries of ../shared
 * instead of Vigie's own: users switching from PETRARCH keep their dictionaries.
 */
class PhoenixDictionariesDevSetTest {

  @Test
  void phoenixDictionariesCodeTheEnglishSet() {
    Pipeline phoenix = PipelineFactory.create(
        new PipelineConfig(Fixtures.shared("reference/cameo/petrarch2-dictionaries"), false));
    DevSet set = DevSet.code("en", phoenix);
    System.out.println("English dev set with the Phoenix dictionaries: " + set.score);
    assertTrue(set.score.recall() >= 0.15, set::report);
    assertTrue(set.score.precision() >= 0.5, set::report);
  }
}
