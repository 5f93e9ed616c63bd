package org.vigie.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.store.EventFilter;

/**
 * The query parameters of one request, checked before any SQL runs: a parameter the route does
 * not know, one given twice, or a bad value is a {@link BadRequest} naming it.
 */
final class Params {

  /** The event conditions every view accepts. */
  static final List<String> FILTERS =
      List.of("from", "to", "source", "target", "actor", "country", "code", "root", "quad", "lang", "q");

  /** Longest full-text query accepted. */
  static final int MAX_QUERY_CHARS = 200;

  private final Map<String, List<String>> values;

  Params(Map<String, List<String>> values, Set<String> allowed) {
    this.values = values;
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw new BadRequest(quoted(e.getKey()), "unknown parameter (this endpoint takes " + String.join(", ",
            allowed.stream().sorted().toList()) + ")");
      }
      if (e.getValue().size() > 1) {
        throw new BadRequest(e.getKey(), "given more than once");
      }
    }
  }

  /** The value of {@code name}, or null when absent or blank. */
  String text(String name) {
    List<String> v = values.get(name);
    return v == null || v.isEmpty() || v.get(0).isBlank() ? null : v.get(0).strip();
  }

  /** An integer in [min, max]; {@code otherwise} when absent. */
  int integer(String name, int otherwise, int min, int max) {
    String v = text(name);
    if (v == null) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRequest(name, "must be an integer from " + min + " to " + max + ", not '" + shorten(v) + "'");
  }

  /** One of {@code choices} (lower case); {@code otherwise} when absent. */
  String choice(String name, String otherwise, List<String> choices) {
    String v = text(name);
    if (v == null) {
      return otherwise;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (!choices.contains(lower)) {
      throw new BadRequest(name, "must be one of " + String.join(", ", choices) + ", not '" + shorten(v) + "'");
    }
    return lower;
  }

  /** The event conditions of {@link #FILTERS}. */
  EventFilter filter() {
    try {
      return EventFilter.parse(text("from"), text("to"), text("source"), text("target"), text("actor"),
          text("country"), text("code"), text("root"), text("quad"), text("lang"));
    } catch (EventFilter.BadParameter e) {
      throw new BadRequest(e.parameter(), e.getMessage().substring(e.parameter().length() + 2));
    }
  }

  /** The full-text query {@code q}, or null. */
  String query() {
    String q = text("q");
    if (q != null && q.length() > MAX_QUERY_CHARS) {
      throw new BadRequest("q", "longer than " + MAX_QUERY_CHARS + " characters");
    }
    return q;
  }

  /** A value as quoted in an error message: printable, at most 40 characters. */
  static String shorten(String value) {
    String oneLine = value.replaceAll("\\p{Cntrl}|\\s+", " ");
    return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 39) + "…";
  }

  private static String quoted(String name) {
    return shorten(name);
  }
}
