package org.vigie.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {

  /** {@code n} distinct words: w0 w1 w2 ... */
  private static String words(int n) {
    return IntStream.range(0, n).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
  }

  @Test
  void foldingIgnoresCaseAccentsPunctuationAndQuotes() {
    assertEquals(
        "l etat islamique nous avons parle",
        Fingerprint.fold("« L’État islamique » : \"Nous avons PARLÉ\""));
    assertEquals("coeur", Fingerprint.fold("Cœur"));
  }

  @Test
  void firstOccurrenceIsNewLaterOnesRepeat() {
    DuplicateDetector detector = new DuplicateDetector();
    assertFalse(detector.repeats("Moscou a condamné l'attaque."));
    assertTrue(detector.repeats("MOSCOU a condamné l’attaque"));
    assertFalse(detector.repeats("Washington a condamné l'attaque."));
  }

  @Test
  void oneWordChangedInSixtyWordsIsARepeat() {
    DuplicateDetector detector = new DuplicateDetector();
    assertFalse(detector.repeats(words(60)));
    assertTrue(detector.repeats(words(60).replace("w30", "changed")));
  }

  @Test
  void oneWordChangedInThirtyWordsIsNot() {
    // 28 shingles, 3 changed: Jaccard 25/31 = 0.81 < 0.9
    DuplicateDetector detector = new DuplicateDetector();
    assertFalse(detector.repeats(words(30)));
    assertFalse(detector.repeats(words(30).replace("w15", "changed")));
  }

  @Test
  void aWordAddedAtTheEndOfALongParagraphIsARepeat() {
    DuplicateDetector detector = new DuplicateDetector();
    assertFalse(detector.repeats(words(40)));
    assertTrue(detector.repeats(words(40) + " encore"));
  }

  @Test
  void punctuationOnlyParagraphsRepeatOnlyWhenWrittenTheSame() {
    DuplicateDetector detector = new DuplicateDetector();
    assertFalse(detector.repeats("***"));
    assertFalse(detector.repeats("—"));
    assertTrue(detector.repeats("***"));
  }

  @Test
  void spentBudgetLeavesExactRepeatsOnly() {
    DuplicateDetector detector = new DuplicateDetector(0);
    assertFalse(detector.repeats(words(60)));
    assertFalse(detector.repeats(words(60).replace("w30", "changed")));
    assertTrue(detector.repeats(words(60)));
  }

  @Test
  void similarityNeedsNineTenths() {
    long[] ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    long[] nineOfThem = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    long[] eightOfThem = {1, 2, 3, 4, 5, 6, 7, 8};
    assertTrue(DuplicateDetector.similar(ten, nineOfThem));
    assertFalse(DuplicateDetector.similar(ten, eightOfThem));
  }
}
