package org.vigie.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.vigie.dictionary.DataLine;
import org.vigie.model.Place;
import org.vigie.nlp.Folding;

/**
 * Reads the gazetteer files (see resources/org/vigie/places/README.md), checking every line:
 * cities.tsv and regions.tsv, then the French and English names of exonyms.tsv, then
 * macro-regions.tsv and the common words of each language.
 */
final class GazetteerReader {

  private final Function<String, List<DataLine>> files;
  /** Every place, with all its names (the data's, derived and hand-written). */
  private final Map<Toponym, List<String>> names = new LinkedHashMap<>();
  /** The most populous city, and the region, of a name in a country: {@code SYR|Aleppo|city}. */
  private final Map<String, Toponym> byKey = new HashMap<>();

  GazetteerReader(Function<String, List<DataLine>> files) {
    this.files = files;
  }

  Gazetteer read() {
    places("cities.tsv", Place.CITY);
    places("regions.tsv", Place.REGION);
    for (DataLine line : files.apply("exonyms.tsv")) {
      exonym(line);
    }
    for (DataLine line : files.apply("macro-regions.tsv")) {
      macroRegion(line);
    }
    NameIndex.Builder index = new NameIndex.Builder();
    names.forEach((place, all) -> all.forEach(n -> index.add(n, place)));
    return new Gazetteer(index.build(), words("common-words.fr.txt"), words("common-words.en.txt"), names.size());
  }

  private void places(String file, String kind) {
    for (DataLine line : files.apply(file)) {
      String name = line.required(0, "name");
      String country = country(line, 2);
      Toponym t = new Toponym(kind, country, name, List.of(), List.of(), number(line, 3, "lat", 90),
          number(line, 4, "lon", 180), population(line, 5));
      List<String> all = new ArrayList<>();
      all.add(name);
      all.addAll(line.values(1));
      names.put(t, all);
      byKey.putIfAbsent(country + "|" + name + "|" + kind, t);
    }
  }

  /** {@code country name french english other}: names added to the city and region so named. */
  private void exonym(DataLine line) {
    String country = country(line, 0);
    String name = line.required(1, "name");
    boolean found = false;
    for (String kind : List.of(Place.CITY, Place.REGION)) {
      Toponym t = byKey.get(country + "|" + name + "|" + kind);
      if (t != null) {
        found = true;
        List<String> all = names.remove(t);
        Toponym named = t.withNames(line.values(2), line.values(3));
        all.addAll(line.values(2));
        all.addAll(line.values(3));
        all.addAll(line.values(4));
        names.put(named, all);
        byKey.put(country + "|" + name + "|" + kind, named);
      }
    }
    if (!found) {
      throw line.error("no city or region '" + name + "' in " + country + " in cities.tsv or regions.tsv");
    }
  }

  /** {@code country french english lat lon}, country {@code -} across states. */
  private void macroRegion(DataLine line) {
    String code = line.required(0, "country");
    String country = code.equals("-") ? null : country(line, 0);
    List<String> french = line.values(1);
    List<String> english = line.values(2);
    if (french.isEmpty() || english.isEmpty()) {
      throw line.error("a macro-region needs French and English names");
    }
    Toponym t = new Toponym(Place.REGION, country, english.get(0), french, english,
        number(line, 3, "lat", 90), number(line, 4, "lon", 180), 0);
    List<String> all = new ArrayList<>(french);
    all.addAll(english);
    names.put(t, all);
  }

  private Set<String> words(String file) {
    Set<String> out = new HashSet<>();
    for (DataLine line : files.apply(file)) {
      out.add(Folding.fold(line.required(0, "word")));
    }
    return out;
  }

  private static String country(DataLine line, int column) {
    String code = line.required(column, "country");
    if (!code.matches("[A-Z]{3}")) {
      throw line.error("country code must be three capital letters: '" + code + "'");
    }
    return code;
  }

  private static double number(DataLine line, int column, String name, double limit) {
    String text = line.required(column, name);
    try {
      double v = Double.parseDouble(text);
      if (Math.abs(v) > limit) {
        throw line.error(name + " out of range: " + text);
      }
      return v;
    } catch (NumberFormatException e) {
      throw line.error(name + " is not a number: '" + text + "'");
    }
  }

  private static long population(DataLine line, int column) {
    String text = line.optional(column);
    try {
      return text.isEmpty() ? 0 : Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw line.error("population is not a whole number: '" + text + "'");
    }
  }
}
