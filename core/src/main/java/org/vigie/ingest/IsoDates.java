package org.vigie.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the {@code date} of a JSONL record: an ISO date ({@code 2014-03-05}) or an ISO date-time
 * ({@code 2014-03-05T23:30:00+01:00}, {@code 2014-03-05T22:30:00Z}, or with a space instead of
 * {@code T}), of which only the calendar date is kept as written. The date is not moved to UTC: an
 * article dated 23:30 in Paris is of that day in Paris.
 */
final class IsoDates {

  private IsoDates() {}

  static Optional<LocalDate> parse(String value) {
    String text = value.strip();
    if (text.length() > 10 && text.charAt(10) == ' ') {
      text = text.substring(0, 10) + 'T' + text.substring(11);
    }
    for (DateTimeFormatter format :
        new DateTimeFormatter[] {DateTimeFormatter.ISO_DATE, DateTimeFormatter.ISO_DATE_TIME}) {
      try {
        return Optional.of(format.parse(text, LocalDate::from));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
