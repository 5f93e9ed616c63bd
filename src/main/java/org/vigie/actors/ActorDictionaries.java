package org.vigie.actors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.vigie.dictionary.DataFile;
import org.vigie.dictionary.DataLine;
import org.vigie.nlp.Folding;

/**
 * The actor dictionaries of one language, loaded once: countries, roles, organisations, office
 * holders and reference words (see docs/dictionaries.md). Immutable and thread-safe.
 */
public final class ActorDictionaries {

  private static final Set<String> ORG_KINDS =
      Set.of("igo", "group", "agency", "party", "ngo", "media", "company");
  private static final Set<String> REFERENCE_KINDS = Set.of("person", "persons", "group", "pair", "parties", "title");

  private final NameMatcher matcher = new NameMatcher();
  private final Map<String, Country> countries = new HashMap<>();
  private final OfficeHolderDictionary people;
  private final Set<String> titles = new java.util.HashSet<>();

  private ActorDictionaries(Function<String, List<DataLine>> source) {
    for (DataLine line : source.apply("countries.tsv")) {
      addCountry(line);
    }
    for (DataLine line : source.apply("roles.tsv")) {
      String role = line.required(1, "role");
      checkCode(line, role);
      matcher.add(line.required(0, "phrase"), new Entry(Entry.Type.ROLE, role, line.columns().get(0), null));
    }
    for (DataLine line : source.apply("organizations.tsv")) {
      addOrganization(line);
    }
    for (DataLine line : source.apply("references.tsv")) {
      String kind = line.required(1, "kind");
      if (!REFERENCE_KINDS.contains(kind)) {
        throw line.error("unknown reference kind '" + kind + "', expected one of " + REFERENCE_KINDS);
      }
      String phrase = line.required(0, "phrase");
      if (kind.equals("title")) {
        titles.addAll(Folding.pieces(phrase));
      } else {
        matcher.add(phrase, new Entry(Entry.Type.REFERENCE, "", phrase, kind));
      }
    }
    List<OfficeTerm> terms = new ArrayList<>();
    for (DataLine line : source.apply("people.tsv")) {
      terms.add(addPerson(line));
    }
    this.people = new OfficeHolderDictionary(terms);
  }

  /** The bundled dictionaries of {@code lang} ({@code fr}). */
  public static ActorDictionaries bundled(String lang) {
    String dir = "/org/vigie/dictionaries/" + lang + "/";
    return new ActorDictionaries(name -> DataFile.resource(dir + name));
  }

  /** Dictionaries from a folder holding the same five files. */
  public static ActorDictionaries fromDirectory(Path dir) {
    return new ActorDictionaries(
        name -> Files.exists(dir.resolve(name)) ? DataFile.file(dir.resolve(name)) : List.of());
  }

  public NameMatcher matcher() {
    return matcher;
  }

  public Optional<Country> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  /** Folded nouns that denote one person (président, ministre): what {@code il} may refer to. */
  public Set<String> titleWords() {
    return Set.copyOf(titles);
  }

  public OfficeHolderDictionary people() {
    return people;
  }

  private void addCountry(DataLine line) {
    String code = line.required(0, "code");
    if (!code.matches("[A-Z]{3}")) {
      throw line.error("country code must be three capital letters: '" + code + "'");
    }
    List<String> names = line.values(1);
    if (names.isEmpty()) {
      throw line.error("country " + code + " has no name");
    }
    Country c =
        new Country(code, names, line.values(2), line.values(3), line.values(4),
            number(line, 5, "lat", 90), number(line, 6, "lon", 180));
    if (countries.putIfAbsent(code, c) != null) {
      throw line.error("country " + code + " listed twice");
    }
    String name = names.get(0);
    names.forEach(n -> matcher.add(n, new Entry(Entry.Type.COUNTRY, code, name, null)));
    c.adjectives().forEach(n -> matcher.add(n, new Entry(Entry.Type.ADJECTIVE, code, name, null)));
    c.inhabitants().forEach(n -> matcher.add(n, new Entry(Entry.Type.INHABITANT, code, name, null)));
    c.capitals().forEach(n -> matcher.add(n, new Entry(Entry.Type.CAPITAL, code, n, null)));
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

  private void addOrganization(DataLine line) {
    String code = line.required(0, "code");
    checkCode(line, code);
    List<String> names = line.values(1);
    if (names.isEmpty()) {
      throw line.error("organisation " + code + " has no name");
    }
    String kind = line.required(2, "kind");
    if (!ORG_KINDS.contains(kind)) {
      throw line.error("unknown organisation kind '" + kind + "', expected one of " + ORG_KINDS);
    }
    names.forEach(n -> matcher.add(n, new Entry(Entry.Type.ORGANIZATION, code, names.get(0), kind)));
  }

  private OfficeTerm addPerson(DataLine line) {
    String code = line.required(0, "code");
    checkCode(line, code);
    List<String> names = line.values(1);
    if (names.isEmpty()) {
      throw line.error("person without a name");
    }
    LocalDate from = date(line, 2, true);
    LocalDate to = date(line, 3, false);
    if (to != null && to.isBefore(from)) {
      throw line.error("term ends (" + to + ") before it starts (" + from + ")");
    }
    String key = names.get(0);
    names.forEach(n -> matcher.add(n, new Entry(Entry.Type.PERSON, code, key, key)));
    return new OfficeTerm(key, code, from, to);
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

  private static void checkCode(DataLine line, String code) {
    if (!code.matches("[A-Z]{3}([A-Z]{3})*")) {
      throw line.error("CAMEO code must be groups of three capital letters: '" + code + "'");
    }
  }
}
