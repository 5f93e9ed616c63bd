package org.vigie.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads a JSONL input one line at a time; a bad line gives an error and reading goes on.
 *
 * <p>Each line is decoded on its own: as UTF-8 when valid, else as Windows-1252. The first line
 * that needs the fallback gives one warning for the whole input, with its line number.
 */
final class JsonlReader implements InputReader {

  private final String origin;
  private final ByteLineReader lines;
  private final int maxLineBytes;
  private final JsonArticleParser parser;
  private boolean sawContent;
  private boolean warnedEncoding;

  JsonlReader(String origin, InputStream content, int maxLineBytes, JsonArticleParser parser) {
    this.origin = origin;
    this.lines = new ByteLineReader(content, maxLineBytes);
    this.maxLineBytes = maxLineBytes;
    this.parser = parser;
  }

  @Override
  public boolean readMore(Consumer<ReadResult> out) {
    ByteLineReader.Line line;
    try {
      line = lines.next();
    } catch (IOException e) {
      long number = lines.lineNumber() + 1;
      out.accept(
          ReadIssue.error(origin, number, "read failed, rest skipped: " + IoFailures.describe(e)));
      return false;
    }
    if (line == null) {
      if (!sawContent) {
        out.accept(ReadIssue.warning(origin, 0, "empty"));
      }
      return false;
    }
    if (line.tooLong()) {
      sawContent = true;
      out.accept(
          ReadIssue.error(
              origin, line.number(), "line longer than " + maxLineBytes + " bytes, skipped"));
      return true;
    }
    TextDecoding.Decoded decoded = TextDecoding.decode(line.bytes(), line.length());
    if (decoded.text().isBlank()) {
      return true;
    }
    sawContent = true;
    if (decoded.fallback() && !warnedEncoding) {
      warnedEncoding = true;
      out.accept(
          ReadIssue.warning(
              origin,
              line.number(),
              "not valid UTF-8, read as Windows-1252 (reported once per file)"));
    }
    String json = decoded.text();
    // Files joined with cat keep the byte order mark of each part at the start of a line.
    json = json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
    parser.parse(origin, line.number(), json, out);
    return true;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
