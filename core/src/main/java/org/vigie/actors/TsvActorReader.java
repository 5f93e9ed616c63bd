package org.vigie.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.vigie.dictionary.DataLine;

/**
 * Reads Vigie's own actor files (countries.tsv, roles.tsv, organizations.tsv, references.tsv,
 * people.tsv; see docs/dictionaries.md) into a builder, checking every line.
 */
final class TsvActorReader {

  private TsvActorReader() {}

  /** @param files gives the lines of a file by name (empty when the file is absent) */
  static ActorDictionaries.Builder read(ActorDictionaries.Builder b, Function<String, List<DataLine>> files) {
    for (DataLine line : files.apply("countries.tsv")) {
      country(b, line);
    }
    for (DataLine line : files.apply("roles.tsv")) {
      b.role(line.required(0, "phrase"), code(line, 1, "role"));
    }
    for (DataLine line : files.apply("organizations.tsv")) {
      String code = code(line, 0, "code");
      List<String> names = names(line, 1);
      String kind = line.required(2, "kind");
      if (!ActorDictionaries.ORG_KINDS.contains(kind)) {
        throw line.error("unknown organisation kind '" + kind + "', expected one of " + ActorDictionaries.ORG_KINDS);
      }
      b.organization(code, names, kind);
    }
    for (DataLine line : files.apply("references.tsv")) {
      String kind = line.required(1, "kind");
      if (!ActorDictionaries.REFERENCE_KINDS.contains(kind)) {
        throw line.error("unknown reference kind '" + kind + "', expected one of " + ActorDictionaries.REFERENCE_KINDS);
      }
      b.reference(line.required(0, "phrase"), kind);
    }
    for (DataLine line : files.apply("people.tsv")) {
      String code = code(line, 0, "code");
      List<String> names = names(line, 1);
      LocalDate from = date(line, 2, true);
      LocalDate to = date(line, 3, false);
      if (to != null && to.isBefore(from)) {
        throw line.error("term ends (" + to + ") before it starts (" + from + ")");
      }
      b.person(code, names, from, to);
    }
    return b;
  }

  private static void country(ActorDictionaries.Builder b, DataLine line) {
    String code = line.required(0, "code");
    if (!code.matches("[A-Z]{3}")) {
      throw line.error("country code must be three capital letters: '" + code + "'");
    }
    Country c = new Country(code, names(line, 1), line.values(2), line.values(3), line.values(4),
        number(line, 5, "lat", 90), number(line, 6, "lon", 180));
    if (!b.country(c)) {
      throw line.error("country " + code + " listed twice");
    }
  }

  private static List<String> names(DataLine line, int column) {
    List<String> names = line.values(column);
    if (names.isEmpty()) {
      throw line.error("no name in column " + (column + 1));
    }
    return names;
  }

  private static double number(DataLine line, int column, String name, double bound) {
    String text = line.required(column, name);
    try {
      double v = Double.parseDouble(text);
      if (Math.abs(v) > bound) {
        throw line.error(name + " out of range: " + text);
      }
      return v;
    } catch (NumberFormatException e) {
      throw line.error(name + " is not a number: '" + text + "'");
    }
  }

  private static LocalDate date(DataLine line, int column, boolean required) {
    String text = required ? line.required(column, "from") : line.optional(column);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw line.error("not an ISO date (YYYY-MM-DD): '" + text + "'");
    }
  }

  private static String code(DataLine line, int column, String name) {
    String code = line.required(column, name);
    if (!code.matches("[A-Z]{3}([A-Z]{3})*")) {
      throw line.error("CAMEO code must be groups of three capital letters: '" + code + "'");
    }
    return code;
  }
}
