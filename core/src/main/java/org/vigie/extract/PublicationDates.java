package org.vigie.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as pages write them: ISO 8601 ({@code 2026-03-17T18:42:10+01:00}), French
 * ("17 mars 2026", "17/03/2026") and English ("March 17, 2026", "17 March 2026"). The date is
 * the calendar date written, without time-zone conversion.
 */
final class PublicationDates {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
      Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
      Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
      Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("january", 1),
      Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4), Map.entry("june", 6),
      Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
      Map.entry("november", 11), Map.entry("december", 12));

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})(?:er|st|nd|rd|th)?\\s+([\\p{L}]{3,9})\\.?,?\\s+(\\d{4})", Pattern.UNICODE_CASE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("([\\p{L}]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");

  private PublicationDates() {}

  /** The date written in {@code s}, or null. */
  static LocalDate parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(s.strip());
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    String lower = s.toLowerCase(Locale.ROOT);
    m = DAY_MONTH_YEAR.matcher(lower);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(2));
      if (month != null) {
        return date(m.group(3), String.valueOf(month), m.group(1));
      }
    }
    m = MONTH_DAY_YEAR.matcher(lower);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(1));
      if (month != null) {
        return date(m.group(3), String.valueOf(month), m.group(2));
      }
    }
    m = NUMERIC.matcher(s);
    if (m.find()) {
      // Day first, as in French and British pages; an impossible day-first date is read month first.
      LocalDate d = date(m.group(3), m.group(2), m.group(1));
      return d != null ? d : date(m.group(3), m.group(1), m.group(2));
    }
    return null;
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2100) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
