package org.vigie.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionScoreTest {

  @Test
  void identicalTextsScoreOne() {
    ExtractionScore.Page s = ExtractionScore.page("Un deux trois quatre cinq.", "Un deux trois quatre cinq.");
    assertEquals(1.0, s.precision());
    assertEquals(1.0, s.recall());
  }

  @Test
  void extraFurnitureLowersPrecisionOnly() {
    // Expected: 6 tokens, 3 shingles. Predicted adds 4 tokens: 7 shingles, 3 of them right.
    ExtractionScore.Page s = ExtractionScore.page("a b c d e f", "a b c d e f Lire aussi notre dossier");
    assertEquals(3, s.truePositives());
    assertEquals(4, s.falsePositives());
    assertEquals(0, s.falseNegatives());
    assertEquals(3.0 / 7, s.precision(), 1e-9);
    assertEquals(1.0, s.recall());
  }

  @Test
  void shinglesAreAMultisetAndLineBreaksDoNotCount() {
    ExtractionScore.Page s = ExtractionScore.page("x y z w\nx y z w", "x y z w");
    assertEquals(1.0, s.precision());
    // Expected shingles: "x y z w" twice, "y z w x", "z w x y", "w x y z": 5; one found.
    assertEquals(0.2, s.recall(), 1e-9);
  }

  @Test
  void emptyPredictionScoresZeroUnlessNothingWasExpected() {
    assertEquals(0.0, ExtractionScore.page("un texte de quatre mots", "").precision());
    assertEquals(1.0, ExtractionScore.page("", "").precision());
  }

  @Test
  void f1IsTheHarmonicMeanOfTheAverages() {
    ExtractionScore.Summary s = ExtractionScore.summary(List.of(
        new ExtractionScore.Page(1.0, 0.5, 0, 0, 0), new ExtractionScore.Page(0.5, 0.5, 0, 0, 0)));
    assertEquals(0.75, s.precision(), 1e-9);
    assertEquals(0.5, s.recall(), 1e-9);
    assertEquals(0.6, s.f1(), 1e-9);
  }
}
