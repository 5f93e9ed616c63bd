package org.vigie.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What the extractor found in one HTML page.
 *
 * @param url canonical address ({@code <link rel=canonical>}, {@code og:url}) or the address the
 *     page was fetched from, may be null
 * @param title headline, may be null
 * @param date publication date, may be null
 * @param author byline, may be null
 * @param lang language declared by the page ({@code fr}, {@code en}...), may be null
 * @param text the article body, one paragraph per line; empty when none was found
 * @param warnings why the result is empty or partial (no body, truncated page...), for messages
 */
public record ExtractedPage(
    String url, String title, LocalDate date, String author, String lang, String text, List<String> warnings) {

  public ExtractedPage {
    text = text == null ? "" : text;
    warnings = List.copyOf(warnings);
  }
}
