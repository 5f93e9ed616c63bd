package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 100 MB file without a single line break, read with the default limits: no reader may hold it
 * whole (the tests run with {@code -Xmx3g}), each says what it did with it, and the next input is
 * still read.
 */
class LargeInputTest {

  private static final long SIZE = 100L << 20;

  private static Path dir;
  private static Path line;

  private final ArticleSource source = new ArticleSource(SourceOptions.defaults());

  @BeforeAll
  static void writeOneHugeLine() throws IOException {
    dir = Files.createTempDirectory("vigie-large");
    line = dir.resolve("one-line.bin");
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'a');
    try (OutputStream out = Files.newOutputStream(line)) {
      for (long written = 0; written < SIZE; written += chunk.length) {
        out.write(chunk);
      }
    }
  }

  @AfterAll
  static void deleteIt() throws IOException {
    try (var files = Files.list(dir)) {
      files.forEach(
          f -> {
            try {
              Files.delete(f);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    Files.delete(dir);
  }

  private String as(String name) throws IOException {
    Path link = dir.resolve(name);
    if (!Files.exists(link)) {
      Files.createLink(link, line);
    }
    return link.toString();
  }

  @Test
  void jsonlLineTooLongIsOneErrorAndTheNextFileIsRead() throws IOException {
    String file = as("huge.jsonl");
    Path next =
        Files.writeString(dir.resolve("next.jsonl"), "{\"id\":\"next\",\"text\":\"Suite.\"}\n");

    Results results = Results.of(source, file, next.toString());

    assertEquals(List.of("next"), results.ids());
    assertEquals(
        List.of(
            "ERROR "
                + file
                + ":1: line longer than "
                + SourceOptions.DEFAULT_MAX_LINE_BYTES
                + " bytes, skipped"),
        results.messages());
  }

  @Test
  void plainTextIsTruncatedWithAWarning() throws IOException {
    String file = as("huge.txt");

    Results results = Results.of(source, file);

    assertEquals(SourceOptions.DEFAULT_MAX_TEXT_CHARS, results.onlyArticle().text().length());
    assertEquals(
        List.of(
            "WARNING "
                + file
                + ": text longer than "
                + SourceOptions.DEFAULT_MAX_TEXT_CHARS
                + " characters, truncated"),
        results.messages());
  }

  @Test
  void htmlFeedAndWarcRefuseItWithAnError() throws IOException {
    for (String name : List.of("huge.html", "huge.xml", "huge.warc")) {
      String file = as(name);

      Results results = Results.of(source, file);

      assertEquals(List.of(), results.articles(), name);
      assertEquals(1, results.issues().size(), results.messages().toString());
      assertTrue(
          results.messages().get(0).startsWith("ERROR " + file), results.messages().toString());
    }
  }
}
