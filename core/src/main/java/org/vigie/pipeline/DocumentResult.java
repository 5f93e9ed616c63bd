package org.vigie.pipeline;

import java.util.List;
import org.vigie.model.CleanArticle;
import org.vigie.model.Event;
import org.vigie.model.Place;
import org.vigie.model.Quantity;
import org.vigie.model.Quote;
import org.vigie.enrich.Casualties;
import org.vigie.model.ResolvedDocument;

/**
 * Everything the pipeline made of one article.
 *
 * @param cleaned the cleaned article
 * @param resolved sentences, actors and dates; null when the article had no text left
 * @param events the coded events, each once
 * @param places the places named in the article
 * @param quotes the direct quotes, with their speakers
 * @param quantities the counts (deaths, fighters, countries...)
 * @param casualties the dead, injured and arrested counts of the events that have some
 */
public record DocumentResult(CleanArticle cleaned, ResolvedDocument resolved, List<Event> events, List<Place> places,
    List<Quote> quotes, List<Quantity> quantities, List<Casualties> casualties) {

  public DocumentResult {
    events = List.copyOf(events);
    places = List.copyOf(places);
    quotes = List.copyOf(quotes);
    quantities = List.copyOf(quantities);
    casualties = List.copyOf(casualties);
  }

  /** The casualties counted for {@code event}, or null. */
  public Casualties casualtiesOf(Event event) {
    return casualties.stream().filter(c -> c.event().eventId().equals(event.eventId())).findFirst().orElse(null);
  }
}
