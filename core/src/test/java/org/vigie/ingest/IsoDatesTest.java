package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IsoDatesTest {

  private static final Optional<LocalDate> MARCH_5 = Optional.of(LocalDate.of(2014, 3, 5));

  @Test
  void readsDatesAndDateTimes() {
    assertEquals(MARCH_5, IsoDates.parse("2014-03-05"));
    assertEquals(MARCH_5, IsoDates.parse(" 2014-03-05 "));
    assertEquals(MARCH_5, IsoDates.parse("2014-03-05T10:15:30"));
    assertEquals(MARCH_5, IsoDates.parse("2014-03-05T10:15:30.123Z"));
    assertEquals(MARCH_5, IsoDates.parse("2014-03-05 10:15"));
    assertEquals(MARCH_5, IsoDates.parse("2014-03-05T10:15:30+01:00[Europe/Paris]"));
  }

  @Test
  void keepsTheDateAsWrittenRatherThanInUtc() {
    assertEquals(MARCH_5, IsoDates.parse("2014-03-05T23:30:00-05:00"));
  }

  @Test
  void refusesOtherForms() {
    assertEquals(Optional.empty(), IsoDates.parse("05/03/2014"));
    assertEquals(Optional.empty(), IsoDates.parse("5 mars 2014"));
    assertEquals(Optional.empty(), IsoDates.parse("2014-02-30"));
    assertEquals(Optional.empty(), IsoDates.parse(""));
  }
}
