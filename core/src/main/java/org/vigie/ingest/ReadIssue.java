package org.vigie.ingest;

import java.util.Objects;

/**
 * A problem met while reading input: bad data in one record, or a file that could not be read.
 *
 * @param origin the file as the caller named it (or found it in a folder), {@code <stdin>} for
 *     standard input
 * @param line 1-based line number in a JSONL input, 0 when the issue concerns the whole input
 * @param reason what went wrong, on one line
 * @param severity {@link Severity#WARNING} when the record was still read (perhaps altered), {@link
 *     Severity#ERROR} when a record or a whole file was skipped
 */
public record ReadIssue(String origin, long line, String reason, Severity severity)
    implements ReadResult {

  /** How bad an issue is. */
  public enum Severity {
    /** Read anyway: a field was left empty, the text decoded with a fallback or truncated. */
    WARNING,
    /** Skipped: a record or a whole input produced no article. */
    ERROR
  }

  /** Longest reason kept; longer ones (they may quote data) are cut. */
  private static final int MAX_REASON = 300;

  public ReadIssue {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(severity, "severity");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
    // Reasons may quote data (a bad date, a parser message): keep them on one short line.
    reason = reason.strip().replaceAll("\\s*\\R\\s*", " ");
    if (reason.length() > MAX_REASON) {
      reason = reason.substring(0, MAX_REASON - 1) + "…";
    }
  }

  static ReadIssue warning(String origin, long line, String reason) {
    return new ReadIssue(origin, line, reason, Severity.WARNING);
  }

  static ReadIssue error(String origin, long line, String reason) {
    return new ReadIssue(origin, line, reason, Severity.ERROR);
  }

  /** {@code file:line: reason}, or {@code file: reason} when the issue concerns the whole file. */
  public String message() {
    return line == 0 ? origin + ": " + reason : origin + ":" + line + ": " + reason;
  }

  @Override
  public String toString() {
    return severity + " " + message();
  }
}
