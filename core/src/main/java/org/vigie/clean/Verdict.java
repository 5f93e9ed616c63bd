package org.vigie.clean;

/** What cleaning does with one paragraph. */
enum Verdict {
  /** Article text, kept. */
  KEPT,
  /** Repeats an earlier paragraph, dropped. */
  DUPLICATE,
  /** Page furniture (teaser, share, cookie or newsletter line), dropped and reported. */
  FURNITURE,
  /** The agency credit at the end, dropped, reported and taken as the credited source. */
  CREDIT;

  boolean isBoilerplate() {
    return this == FURNITURE || this == CREDIT;
  }
}
