package org.vigie.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;

class SimHashTest {

  /** The distance under which org.vigie.store.Stories compares two documents' texts. */
  private static final int CLOSE = 16;

  private static final Cleaner CLEANER = TextCleaner.withDefaultRules();

  static String story(String name) {
    try (InputStream in = SimHashTest.class.getResourceAsStream("/org/vigie/stories/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text as the clean stage leaves it, outlet furniture removed. */
  private static long cleaned(String raw) {
    String text = CLEANER.clean(new Article("t", null, null, LocalDate.of(2015, 10, 7), "fr", raw, "t")).text();
    return SimHash.of(text);
  }

  private static int distance(String a, String b) {
    return SimHash.distance(cleaned(a), cleaned(b));
  }

  @Test
  void theSameWireStoryWithOtherFurnitureHasTheSameFingerprint() {
    String wire = story("palmyre.txt");
    String outletA = "Vidéo. Syrie : les frappes russes vues du ciel\n" + wire + "Partager sur Facebook\nAvec AFP\n";
    String outletB = "Lire aussi : Moscou et Washington se disputent le ciel syrien\n" + wire
        + "Partager sur Facebook Partager sur Twitter\n(AFP)\n";
    assertEquals(0, distance(outletA, outletB));
    assertEquals(0, distance(wire, outletA));
  }

  @Test
  void typographyCaseAndAccentsDoNotCount() {
    String wire = story("palmyre.txt");
    String retyped = wire.replace("'", "’").replace("Etat", "État").toUpperCase(java.util.Locale.ROOT);
    assertEquals(0, SimHash.distance(SimHash.of(wire), SimHash.of(retyped)));
  }

  @Test
  void aLightlyRewrittenStoryStaysClose() {
    int d = distance(story("palmyre.txt"), story("palmyre-rewritten.txt"));
    assertTrue(d <= CLOSE, "rewritten copy is " + d + " bits away");
  }

  @Test
  void otherStoriesOnTheSameTopicAreFar() {
    int sameTopic = distance(story("palmyre.txt"), story("frontiere.txt"));
    int unrelated = distance(story("palmyre.txt"), story("coree.txt"));
    int rewrittenVsOther = distance(story("palmyre-rewritten.txt"), story("frontiere.txt"));
    assertTrue(sameTopic > CLOSE, "same topic, other story: " + sameTopic + " bits");
    assertTrue(rewrittenVsOther > CLOSE, "same topic, other story: " + rewrittenVsOther + " bits");
    assertTrue(unrelated > CLOSE, "unrelated story: " + unrelated + " bits");
  }

  @Test
  void shortAndEmptyTexts() {
    assertEquals(0L, SimHash.of(""));
    assertEquals(0L, SimHash.of(" ... "));
    assertNotEquals(SimHash.of("Paris"), SimHash.of("Londres"));
    assertEquals(1, SimHash.shingleHashes("La France").length, "fewer words than a shingle: one shingle");
    assertEquals(4, SimHash.shingleHashes("la France a condamné la France a").length, "5 shingles, 4 distinct");
    assertEquals(SimHash.of("la france a condamné"), SimHash.of("La France a condamné."));
  }

  @Test
  void distanceCountsDifferingBits() {
    assertEquals(0, SimHash.distance(42L, 42L));
    assertEquals(64, SimHash.distance(0L, -1L));
    assertEquals(2, SimHash.distance(0b1010L, 0b0000L));
  }
}
