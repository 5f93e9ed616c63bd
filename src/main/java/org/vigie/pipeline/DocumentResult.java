package org.vigie.pipeline;

import java.util.List;
import org.vigie.model.CleanArticle;
import org.vigie.model.Event;
import org.vigie.model.Place;
import org.vigie.model.ResolvedDocument;

/**
 * Everything the pipeline made of one article.
 *
 * @param cleaned the cleaned article
 * @param resolved sentences, actors and dates; null when the article had no text left
 * @param events the coded events, each once
 * @param places the places named in the article
 */
public record DocumentResult(CleanArticle cleaned, ResolvedDocument resolved, List<Event> events, List<Place> places) {

  public DocumentResult {
    events = List.copyOf(events);
    places = List.copyOf(places);
  }
}
