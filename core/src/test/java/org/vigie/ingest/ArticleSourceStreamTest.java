package org.vigie.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry points for inputs opened elsewhere (the Spark job): the same results as a file. */
class ArticleSourceStreamTest {

  private static final String JSONL = "{\"id\":\"a\",\"date\":\"2015-10-01\",\"text\":\"Un.\"}\n"
      + "not json\n"
      + "\n"
      + "\uFEFF{\"url\":\"https://example.org/b\",\"date\":\"someday\",\"text\":\"Deux.\"}\n"
      + "{\"id\":\"c\"}\n";

  @TempDir Path dir;

  private final ArticleSource source = new ArticleSource(SourceOptions.defaults());

  @Test
  void aStreamReadsAsTheSameFileWould() throws IOException {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, JSONL);
    List<ReadResult> fromFile;
    try (Stream<ReadResult> s = source.read(file.toString())) {
      fromFile = s.toList();
    }
    List<ReadResult> fromStream;
    try (Stream<ReadResult> s = source.readJsonl(file.toString(), Files.newInputStream(file))) {
      fromStream = s.toList();
    }
    assertEquals(fromFile, fromStream);
    assertEquals(5, fromStream.size()); // a, the bad line, b's date warning, b, the line without text
  }

  @Test
  void closingTheResultsClosesTheInput() {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(JSONL.getBytes(UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    try (Stream<ReadResult> s = source.readJsonl("x.jsonl", in)) {
      assertInstanceOf(ReadResult.Ok.class, s.findFirst().orElseThrow());
    }
    assertTrue(closed[0]);
  }

  @Test
  void aRecordFollowsTheJsonlFieldRules() {
    ReadResult.Ok ok = (ReadResult.Ok) source.readRecord("t.parquet", 3, "{\"url\":\"https://example.org/b\",\"lang\":\"FR-fr\",\"text\":\"Deux.\"}").get(0);
    assertEquals(ArticleIds.fromUrl("https://example.org/b"), ok.article().id());
    assertEquals("fr", ok.article().lang());
    assertEquals("t.parquet:3", ok.article().origin());
    ReadIssue issue = (ReadIssue) source.readRecord("t.parquet", 4, "{\"id\":\"x\"}").get(0);
    assertEquals("t.parquet:4: no \"text\" field", issue.message());
    assertEquals(ReadIssue.Severity.ERROR, ((ReadIssue) source.readRecord("t.parquet", 5, " ").get(0)).severity());
  }
}
