package org.vigie.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads a whole input as one HTML page and gives its article (see {@link PageArticles}). A page
 * above {@link PageArticles#MAX_PAGE_BYTES} is refused without being held in memory.
 */
final class HtmlReader {

  private final PageArticles pages;

  HtmlReader(PageArticles pages) {
    this.pages = pages;
  }

  /**
   * @param id the article's id (from the file name)
   * @param content the page, already decompressed; not closed here
   */
  void read(String origin, String id, InputStream content, Consumer<ReadResult> out)
      throws IOException {
    byte[] bytes = content.readNBytes(PageArticles.MAX_PAGE_BYTES + 1);
    if (bytes.length > PageArticles.MAX_PAGE_BYTES) {
      out.accept(
          ReadIssue.error(
              origin,
              0,
              "page larger than " + (PageArticles.MAX_PAGE_BYTES >> 20) + " MiB, skipped"));
      return;
    }
    if (isBlank(bytes)) {
      out.accept(ReadIssue.warning(origin, 0, "empty"));
      return;
    }
    pages.read(new PageArticles.Page(bytes, null, null, id, null, origin), out);
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }
}
