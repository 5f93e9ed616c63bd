package org.vigie.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotesOnlyWhatNeedsIt() {
    assertEquals("a,,b\r\n", Csv.record(Arrays.asList("a", null, "b")));
    assertEquals("\"Moscou, mercredi\",\"il a dit \"\"non\"\"\",\"deux\nlignes\"\r\n",
        Csv.record(Arrays.asList("Moscou, mercredi", "il a dit \"non\"", "deux\nlignes")));
    assertEquals("« guillemets » et accents é", Csv.field("« guillemets » et accents é"));
  }
}
