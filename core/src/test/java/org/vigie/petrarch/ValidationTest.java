package org.vigie.petrarch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidationTest {

  private final ValidationFile file = ValidationReader.read(Fixtures.path("validation.xml"));

  @Test
  void aSentencePassesWhenItsCodedSetIsTheExpectedOne() {
    Map<String, Set<CodedEvent>> coded =
        Map.of(
            "MEET-01", Set.of(new CodedEvent("USAGOV", "RUSGOV", "040")),
            "ATTACK-01", Set.of(new CodedEvent("RUS", "IMGMUSISI", "190")),
            "ATTACK-02", Set.of());
    Validation.Result r = Validation.run(file, s -> coded.get(s.id()));
    assertEquals(2, r.passed());
    assertEquals(1, r.failed());
    assertEquals(1, r.notSelected());
    assertFalse(r.outcomes().get(1).passed());
    assertArrayEquals(new long[] {1, 0}, r.byCategory().get("MEET"));
    assertArrayEquals(new long[] {1, 1}, r.byCategory().get("ATTACK"));
  }

  @Test
  void anErrorFailsOnlyItsSentence() {
    Validation.Result r =
        Validation.run(
            file,
            s -> {
              if (s.id().equals("MEET-01")) {
                throw new IllegalStateException("no English stages");
              }
              return Set.of();
            });
    assertEquals("IllegalStateException: no English stages", r.outcomes().get(0).error());
    assertTrue(r.outcomes().get(2).passed()); // noevents="True", nothing coded
    assertEquals(
        List.of(false, false, true),
        r.outcomes().stream().map(Validation.Outcome::passed).toList());
  }
}
