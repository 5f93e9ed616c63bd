/**
 * Places: finds the cities, regions and countries that a document names, tells which one is
 * meant (Paris, Texas against Paris; Tripoli in a Lebanon story), and gives an event the place
 * attached to it.
 *
 * <p>{@link org.vigie.places.Gazetteer} holds the offline gazetteer of {@code
 * resources/org/vigie/places/} (GeoNames, CC BY 4.0, derived once by {@code tools/gazetteer};
 * nothing is fetched at run time). {@link org.vigie.places.PlaceFinder} finds and disambiguates
 * place mentions in a resolved document; {@link org.vigie.places.EventPlaces} picks an event's
 * location. This package reads actor mentions but never changes them, and codes no events.
 */
package org.vigie.places;
