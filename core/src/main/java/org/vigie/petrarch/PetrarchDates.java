package org.vigie.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the bracketed codes of actor dictionaries: {@code [CODE]}, {@code [CODE >YYMMDD]}... */
final class PetrarchDates {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3,}|---");
  private static final Pattern RESTRICTION =
      Pattern.compile("(\\S+)(?:\\s+(?:([<>])\\s*(\\d+)|(\\d+)\\s*-\\s*(\\d+)|(\\S.*)))?");

  /** Two-digit years up to this one are 20xx: the Phoenix files have none from 15 to 30. */
  private static final int LAST_2000S_YEAR = 30;

  private PetrarchDates() {}

  /** The code inside one pair of brackets; throws with a reason when malformed. */
  static DatedCode parse(String inside) {
    Matcher m = RESTRICTION.matcher(inside.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("empty code []");
    }
    String code = m.group(1);
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("not a CAMEO code: '" + code + "'");
    }
    String c = code.equals("---") ? null : code;
    if (m.group(6) != null) {
      throw new IllegalArgumentException(
          "date restriction must be <date, >date or date-date: '" + m.group(6) + "'");
    }
    if (m.group(2) != null) {
      LocalDate d = date(m.group(3));
      return m.group(2).equals(">") ? new DatedCode(c, d, null) : new DatedCode(c, null, d);
    }
    if (m.group(4) != null) {
      LocalDate from = date(m.group(4));
      LocalDate to = date(m.group(5));
      if (to.isBefore(from)) {
        throw new IllegalArgumentException(
            "range ends (" + to + ") before it starts (" + from + ")");
      }
      return new DatedCode(c, from, to);
    }
    return new DatedCode(c, null, null);
  }

  /** {@code YYMMDD} or {@code YYYYMMDD}. */
  static LocalDate date(String digits) {
    try {
      if (digits.length() == 6) {
        int yy = Integer.parseInt(digits.substring(0, 2));
        int year = yy <= LAST_2000S_YEAR ? 2000 + yy : 1900 + yy;
        return LocalDate.of(year, month(digits, 2), day(digits, 4));
      }
      if (digits.length() == 8) {
        return LocalDate.of(
            Integer.parseInt(digits.substring(0, 4)), month(digits, 4), day(digits, 6));
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a date: '" + digits + "' (" + e.getMessage() + ")");
    }
    throw new IllegalArgumentException("not a date (YYMMDD or YYYYMMDD): '" + digits + "'");
  }

  private static int month(String digits, int at) {
    return Integer.parseInt(digits.substring(at, at + 2));
  }

  private static int day(String digits, int at) {
    return Integer.parseInt(digits.substring(at, at + 2));
  }
}
