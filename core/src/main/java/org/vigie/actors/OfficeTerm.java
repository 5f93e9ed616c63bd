package org.vigie.actors;

import java.time.LocalDate;

/** One line of {@code people.tsv}: a person holding a coded office between two dates. */
public record OfficeTerm(String person, String code, LocalDate from, LocalDate to) {

  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && (to == null || !date.isAfter(to));
  }

  /** Days between {@code date} and this term (0 when inside). */
  public long distance(LocalDate date) {
    if (covers(date)) {
      return 0;
    }
    LocalDate edge = date.isBefore(from) ? from : to;
    return Math.abs(edge.toEpochDay() - date.toEpochDay());
  }
}
