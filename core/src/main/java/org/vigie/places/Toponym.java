package org.vigie.places;

import java.util.List;

/**
 * One entry of the gazetteer.
 *
 * @param kind {@link org.vigie.model.Place#CITY} or {@link org.vigie.model.Place#REGION}
 * @param country ISO-3 (CAMEO) code, or null for a region across states
 * @param name the name of the data (GeoNames', or the English key of a macro-region)
 * @param french French names, the first one shown; may be empty
 * @param english English names, the first one shown; may be empty
 * @param lat latitude of a representative point
 * @param lon longitude of a representative point
 * @param population inhabitants (for a region, those of its cities); 0 when unknown
 */
public record Toponym(
    String kind, String country, String name, List<String> french, List<String> english,
    double lat, double lon, long population) {

  public Toponym {
    french = List.copyOf(french);
    english = List.copyOf(english);
  }

  /** The name to show in {@code lang}: its first French or English name, else the data's. */
  public String name(String lang) {
    List<String> names = "fr".equals(lang) ? french : english;
    return names.isEmpty() ? name : names.get(0);
  }

  /** The same place with names of a language added. */
  Toponym withNames(List<String> frenchNames, List<String> englishNames) {
    return new Toponym(kind, country, name, frenchNames, englishNames, lat, lon, population);
  }
}
