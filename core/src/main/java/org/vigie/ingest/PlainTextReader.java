package org.vigie.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.vigie.model.Article;

/**
 * Reads a whole input as the text of one article. Reads at most a few bytes per allowed character,
 * so that a huge file costs no more memory than the largest article kept.
 */
final class PlainTextReader {

  private final SourceOptions options;

  PlainTextReader(SourceOptions options) {
    this.options = options;
  }

  /**
   * @param content the input without a byte order mark; not closed here
   */
  void read(String origin, String id, InputStream content, Consumer<ReadResult> out)
      throws IOException {
    // Three bytes encode any UTF-16 unit in UTF-8: this many bytes hold the longest text kept.
    int maxBytes = (int) Math.min(3L * options.maxTextChars() + 4, Integer.MAX_VALUE - 8);
    byte[] bytes = content.readNBytes(maxBytes + 1);
    boolean cut = bytes.length > maxBytes;
    int length = cut ? TextDecoding.utf8Boundary(bytes, maxBytes) : bytes.length;
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes, length);
    if (decoded.text().isBlank() && !cut) {
      out.accept(ReadIssue.warning(origin, 0, "empty"));
      return;
    }
    if (decoded.fallback()) {
      out.accept(ReadIssue.warning(origin, 0, "not valid UTF-8, read as Windows-1252"));
    }
    String text = TextDecoding.truncate(decoded.text(), options.maxTextChars());
    if (cut || text.length() < decoded.text().length()) {
      out.accept(
          ReadIssue.warning(
              origin, 0, "text longer than " + options.maxTextChars() + " characters, truncated"));
    }
    Article article =
        new Article(id, null, null, options.defaultDate(), options.defaultLang(), text, origin);
    out.accept(new ReadResult.Ok(article));
  }
}
