package org.vigie.spark;

/**
 * What a run did.
 *
 * @param documents articles coded (one per document key: an article read twice counts once)
 * @param events events coded
 * @param errors records that could not be read or coded (each a row of {@code errors/})
 * @param seconds wall time of the run, reading to the last output written
 */
public record JobSummary(long documents, long events, long errors, double seconds) {

  /** Articles coded per second of wall time. */
  public double documentsPerSecond() {
    return seconds > 0 ? documents / seconds : 0;
  }
}
