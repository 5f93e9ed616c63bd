package org.vigie.enrich;

import java.time.LocalDate;
import java.time.YearMonth;
import org.vigie.model.DateMention.Precision;

/**
 * A date expression found in a sentence, in pieces: {@code first} and {@code end} (exclusive) index
 * {@link Tokens}, {@code value} is ISO at its precision.
 */
record Found(int first, int end, String value, Precision precision) {

  static Found day(int first, int end, LocalDate date) {
    return new Found(first, end, date.toString(), Precision.DAY);
  }

  static Found month(int first, int end, YearMonth month) {
    return new Found(first, end, month.toString(), Precision.MONTH);
  }

  static Found year(int first, int end, int year) {
    return new Found(first, end, String.format("%04d", year), Precision.YEAR);
  }

  Found startingAt(int newFirst) {
    return new Found(newFirst, end, value, precision);
  }

  Found endingAt(int newEnd) {
    return new Found(first, newEnd, value, precision);
  }

  /** Whether this one should be kept over {@code other}: it reaches further. */
  boolean longerThan(Found other) {
    return other == null || end > other.end;
  }
}
