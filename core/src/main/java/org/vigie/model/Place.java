package org.vigie.model;

/**
 * A place named in a document: a city, a first-level or wider region, or a country.
 *
 * @param span characters of the mention in the cleaned text
 * @param text the mention as written
 * @param name the place's name in the document's language ({@code Alep} in French, {@code
 *     Aleppo} in English)
 * @param country ISO-3 (CAMEO) code of the state the place lies in, or null for a region across
 *     states (Proche-Orient)
 * @param lat latitude of a representative point, decimal degrees
 * @param lon longitude of a representative point, decimal degrees
 * @param kind {@link #CITY}, {@link #REGION} or {@link #COUNTRY}
 * @param sentence index of the sentence that names it
 */
public record Place(
    Span span, String text, String name, String country, double lat, double lon, String kind, int sentence) {

  public static final String CITY = "city";
  public static final String REGION = "region";
  public static final String COUNTRY = "country";

  /** The place as an event location. */
  public Location location() {
    return new Location(name, country, lat, lon);
  }
}
