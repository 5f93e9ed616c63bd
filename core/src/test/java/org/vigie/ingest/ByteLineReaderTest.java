package org.vigie.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLineReaderTest {

  /** Lines as text, {@code <too long>} for skipped ones. */
  private static List<String> lines(String input, int maxLineBytes) throws IOException {
    List<String> lines = new ArrayList<>();
    try (ByteLineReader reader =
        new ByteLineReader(new ByteArrayInputStream(input.getBytes(UTF_8)), maxLineBytes)) {
      for (ByteLineReader.Line line = reader.next(); line != null; line = reader.next()) {
        lines.add(
            line.tooLong() ? "<too long>" : new String(line.bytes(), 0, line.length(), UTF_8));
      }
    }
    return lines;
  }

  @Test
  void splitsOnLineFeedAndDropsCarriageReturn() throws IOException {
    assertEquals(List.of("un", "", "deux", "trois"), lines("un\n\r\ndeux\r\ntrois", 100));
  }

  @Test
  void finalLineBreakAddsNoEmptyLine() throws IOException {
    assertEquals(List.of("un"), lines("un\n", 100));
    assertEquals(List.of(), lines("", 100));
  }

  @Test
  void lineAcrossManyBuffersIsWhole() throws IOException {
    String longLine = "abcdefghij".repeat(100_000); // 1 MB, many 64 KB buffers

    assertEquals(List.of(longLine, "fin"), lines(longLine + "\nfin\n", 2_000_000));
  }

  @Test
  void lineOverTheLimitIsSkippedNotKept() throws IOException {
    assertEquals(
        List.of("court", "<too long>", "suite"),
        lines("court\n" + "x".repeat(500) + "\nsuite", 100));
  }

  @Test
  void numbersLines() throws IOException {
    try (ByteLineReader reader =
        new ByteLineReader(new ByteArrayInputStream("a\nb\n".getBytes(UTF_8)), 10)) {
      assertEquals(1, reader.next().number());
      assertEquals(2, reader.next().number());
      assertNull(reader.next());
      assertTrue(reader.lineNumber() == 2);
    }
  }
}
