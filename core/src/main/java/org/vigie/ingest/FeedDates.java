package org.vigie.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date of a feed item: RFC 822 as RSS writes it ({@code Wed, 05 Mar 2014 23:30:00 +0100},
 * also without the weekday, with a two-digit year or a full month name) or ISO 8601 as Atom and
 * Dublin Core write it. Like {@link IsoDates}, only the calendar date is kept, as written: the time
 * and zone are not used to move it to another day.
 */
final class FeedDates {

  private static final Pattern RFC_822 =
      Pattern.compile(
          "^(?:[A-Za-z]{2,9}\\.?,?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{2,4})\\b");

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private FeedDates() {}

  static Optional<LocalDate> parse(String value) {
    String text = value.strip();
    Matcher m = RFC_822.matcher(text);
    if (m.find()) {
      return rfc822(m.group(1), m.group(2), m.group(3));
    }
    return IsoDates.parse(text);
  }

  private static Optional<LocalDate> rfc822(String day, String monthName, String yearText) {
    int month = MONTHS.indexOf(monthName.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    if (month == 0 || yearText.length() == 3) {
      return Optional.empty();
    }
    int year = Integer.parseInt(yearText);
    if (yearText.length() == 2) {
      // RFC 822 wrote two digits; RFC 1123 four. Old feeds with two mean 19xx or 20xx.
      year += year < 50 ? 2000 : 1900;
    }
    try {
      return Optional.of(LocalDate.of(year, month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
