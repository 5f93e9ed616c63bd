package org.vigie.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which events a query wants, shared by {@code vigie search}, {@code vigie export} and the API.
 * Every field is optional (null: no condition). Values are checked when parsed ({@link #parse}),
 * and reach SQL only as bound parameters.
 *
 * @param from first event day, inclusive
 * @param to last event day, inclusive
 * @param source source actor code prefix ({@code RUS} matches {@code RUSGOV}, {@code RUSMIL})
 * @param target target actor code prefix
 * @param actor source or target code prefix
 * @param country ISO 3166 alpha-3 country of the source, the target or the location
 * @param code CAMEO code prefix ({@code 19} matches 190-196, {@code 190} only 190 and 190x)
 * @param root CAMEO root, two digits
 * @param quad quad class, 1 to 4
 * @param lang article language
 */
public record EventFilter(
    LocalDate from,
    LocalDate to,
    String source,
    String target,
    String actor,
    String country,
    String code,
    String root,
    Integer quad,
    String lang) {

  /** No condition at all. */
  public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null, null, null, null);

  private static final Pattern ACTOR = Pattern.compile("[A-Z0-9]{1,30}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern CODE = Pattern.compile("\\d{1,4}");
  private static final Pattern ROOT = Pattern.compile("\\d{2}");
  private static final Pattern LANG = Pattern.compile("[a-z]{2}");

  /** A parameter with a bad value; the message names it. */
  public static final class BadParameter extends IllegalArgumentException {
    private final String parameter;

    BadParameter(String parameter, String message) {
      super(parameter + ": " + message);
      this.parameter = parameter;
    }

    public String parameter() {
      return parameter;
    }
  }

  /**
   * Builds a filter from text values as a user typed them (command-line options, URL parameters);
   * null or blank values mean no condition. Codes are upper-cased.
   *
   * @throws BadParameter naming the first bad parameter
   */
  public static EventFilter parse(String from, String to, String source, String target, String actor,
      String country, String code, String root, String quad, String lang) {
    LocalDate f = date("from", from);
    LocalDate t = date("to", to);
    if (f != null && t != null && t.isBefore(f)) {
      throw new BadParameter("to", "is before from (" + to + " < " + from + ")");
    }
    Integer q = null;
    if (!blank(quad)) {
      if (!quad.strip().matches("[1-4]")) {
        throw new BadParameter("quad", "must be 1, 2, 3 or 4, not '" + shorten(quad) + "'");
      }
      q = Integer.parseInt(quad.strip());
    }
    return new EventFilter(f, t,
        checked("source", upper(source), ACTOR, "an actor code such as RUS or RUSGOV"),
        checked("target", upper(target), ACTOR, "an actor code such as RUS or RUSGOV"),
        checked("actor", upper(actor), ACTOR, "an actor code such as RUS or RUSGOV"),
        checked("country", upper(country), COUNTRY, "a three-letter country code such as SYR"),
        checked("code", trimmed(code), CODE, "a CAMEO code or prefix of 1 to 4 digits such as 19 or 190"),
        checked("root", trimmed(root), ROOT, "a two-digit CAMEO root such as 19"),
        q,
        checked("lang", trimmed(lang) == null ? null : trimmed(lang).toLowerCase(Locale.ROOT), LANG,
            "a two-letter language code such as fr"));
  }

  /** The SQL condition over the {@code events} table (alias {@code e}), "TRUE" when there is none. */
  public String where() {
    List<String> parts = new ArrayList<>();
    if (from != null) {
      parts.add("e.day >= ?");
    }
    if (to != null) {
      parts.add("e.day <= ?");
    }
    if (source != null) {
      parts.add("starts_with(e.source_code, ?)");
    }
    if (target != null) {
      parts.add("starts_with(e.target_code, ?)");
    }
    if (actor != null) {
      parts.add("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))");
    }
    if (country != null) {
      parts.add("(e.source_country = ? OR e.target_country = ? OR e.location_country = ?)");
    }
    if (code != null) {
      parts.add("starts_with(e.code, ?)");
    }
    if (root != null) {
      parts.add("e.root = ?");
    }
    if (quad != null) {
      parts.add("e.quad_class = ?");
    }
    if (lang != null) {
      parts.add("e.lang = ?");
    }
    return parts.isEmpty() ? "TRUE" : String.join(" AND ", parts);
  }

  /** Binds the values of {@link #where()} from parameter {@code first}; returns the next index. */
  public int bind(PreparedStatement s, int first) throws SQLException {
    int i = first;
    if (from != null) {
      s.setDate(i++, Date.valueOf(from));
    }
    if (to != null) {
      s.setDate(i++, Date.valueOf(to));
    }
    if (source != null) {
      s.setString(i++, source);
    }
    if (target != null) {
      s.setString(i++, target);
    }
    if (actor != null) {
      s.setString(i++, actor);
      s.setString(i++, actor);
    }
    if (country != null) {
      s.setString(i++, country);
      s.setString(i++, country);
      s.setString(i++, country);
    }
    if (code != null) {
      s.setString(i++, code);
    }
    if (root != null) {
      s.setString(i++, root);
    }
    if (quad != null) {
      s.setInt(i++, quad);
    }
    if (lang != null) {
      s.setString(i++, lang);
    }
    return i;
  }

  private static LocalDate date(String name, String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadParameter(name, "not a date YYYY-MM-DD: '" + shorten(value) + "'");
    }
  }

  private static String checked(String name, String value, Pattern pattern, String expected) {
    if (value == null) {
      return null;
    }
    if (!pattern.matcher(value).matches()) {
      throw new BadParameter(name, "expected " + expected + ", not '" + shorten(value) + "'");
    }
    return value;
  }

  private static String upper(String value) {
    String t = trimmed(value);
    return t == null ? null : t.toUpperCase(Locale.ROOT);
  }

  private static String trimmed(String value) {
    return blank(value) ? null : value.strip();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** A bad value as quoted in a message: at most 40 characters, on one line. */
  private static String shorten(String value) {
    String oneLine = value.replaceAll("\\s+", " ");
    return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 39) + "…";
  }
}
