package org.vigie.extract;

/** Finds the article in an HTML page: its body text and metadata, without the page furniture. */
public interface PageExtractor {

  /**
   * @param html the page bytes, in the charset the page declares (or UTF-8 / Windows-1252)
   * @param url the address it came from, or null; used when the page names no canonical one
   */
  ExtractedPage extract(byte[] html, String url);

  /** The same for a page already decoded. */
  ExtractedPage extract(String html, String url);
}
