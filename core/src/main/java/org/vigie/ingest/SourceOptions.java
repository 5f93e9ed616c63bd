package org.vigie.ingest;

import java.time.LocalDate;

/**
 * How {@link ArticleSource} fills in and bounds what it reads.
 *
 * @param defaultDate date given to articles whose input has none (every plain text file, JSONL
 *     lines without {@code date}); may be null. A JSONL date that is present but unparsable is left
 *     null, not replaced by this default.
 * @param defaultLang language given to articles whose input has none; may be null (detect later)
 * @param maxTextChars longest article text kept; longer texts are truncated with a warning
 * @param maxLineBytes longest JSONL line read; longer lines are skipped with an error, so that a
 *     file without line breaks cannot exhaust memory
 */
public record SourceOptions(
    LocalDate defaultDate, String defaultLang, int maxTextChars, int maxLineBytes) {

  /** 5 million characters: far above any news article, low enough to keep a batch in memory. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 5_000_000;

  /**
   * 64 MiB: room for a maximal text with every character escaped in six bytes (backslash-u and four
   * hex digits).
   */
  public static final int DEFAULT_MAX_LINE_BYTES = 64 << 20;

  public SourceOptions {
    if (maxTextChars < 1) {
      throw new IllegalArgumentException("maxTextChars must be positive: " + maxTextChars);
    }
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
    }
  }

  /** Default limits with the given defaults for date and language (either may be null). */
  public SourceOptions(LocalDate defaultDate, String defaultLang) {
    this(defaultDate, defaultLang, DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_LINE_BYTES);
  }

  /** No default date or language, default limits. */
  public static SourceOptions defaults() {
    return new SourceOptions(null, null);
  }
}
