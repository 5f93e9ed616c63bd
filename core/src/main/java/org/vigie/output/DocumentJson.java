package org.vigie.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.model.ActorMention;
import org.vigie.model.DateMention;
import org.vigie.model.Event;
import org.vigie.model.Place;
import org.vigie.model.Quantity;
import org.vigie.model.Quote;
import org.vigie.model.Span;
import org.vigie.pipeline.DocumentResult;

/** The JSON of {@code vigie code --output documents}: one object per article. */
public final class DocumentJson {

  private final ObjectMapper mapper;
  private final EventJson events;

  public DocumentJson(ObjectMapper mapper) {
    this.mapper = mapper;
    this.events = new EventJson(mapper);
  }

  public ObjectNode document(DocumentResult r) {
    ObjectNode o = mapper.createObjectNode();
    o.put("doc_id", r.cleaned().id());
    o.put("lang", r.resolved() == null ? null : r.resolved().document().lang());
    o.put("date", r.cleaned().article().date() == null ? null : r.cleaned().article().date().toString());
    o.put("title", r.cleaned().article().title());
    o.put("url", r.cleaned().article().url());
    ObjectNode cleaning = events.cleaning(r.cleaned().id(), r.cleaned().report());
    cleaning.remove("doc_id");
    o.set("cleaning", cleaning);
    ArrayNode actors = o.putArray("actors");
    ArrayNode dates = o.putArray("dates");
    if (r.resolved() != null) {
      for (ActorMention m : r.resolved().mentions()) {
        if (m.kind() == ActorMention.Kind.ADJECTIVE) {
          continue;
        }
        ObjectNode a = actors.addObject();
        a.put("text", m.text());
        a.put("code", m.actor().code());
        a.put("name", m.actor().name());
        a.put("country", m.actor().country());
        a.put("kind", m.kind().name().toLowerCase());
        span(a, m.sentence(), m.span());
      }
      for (DateMention d : r.resolved().dates()) {
        ObjectNode a = dates.addObject();
        a.put("text", d.text());
        a.put("value", d.value());
        a.put("precision", d.precision().name().toLowerCase());
        span(a, d.sentence(), d.span());
      }
    }
    ArrayNode places = o.putArray("places");
    for (Place p : r.places()) {
      ObjectNode a = places.addObject();
      a.put("mention", p.text());
      a.put("name", p.name());
      a.put("country", p.country());
      a.put("kind", p.kind());
      a.put("lat", p.lat());
      a.put("lon", p.lon());
      span(a, p.sentence(), p.span());
    }
    ArrayNode quotes = o.putArray("quotes");
    for (Quote q : r.quotes()) {
      ObjectNode a = quotes.addObject();
      a.put("text", q.text());
      a.put("speaker", q.speakerText());
      a.put("speaker_code", q.speaker() == null ? null : q.speaker().code());
      a.put("speaker_name", q.speaker() == null ? null : q.speaker().name());
      span(a, q.sentence(), q.span());
    }
    ArrayNode quantities = o.putArray("quantities");
    for (Quantity q : r.quantities()) {
      ObjectNode a = quantities.addObject();
      a.put("text", q.text());
      a.put("value", q.value());
      a.put("qualifier", q.qualifier());
      a.put("kind", q.kind());
      span(a, q.sentence(), q.span());
    }
    ArrayNode list = o.putArray("events");
    for (Event e : r.events()) {
      list.add(events.event(e, r.casualtiesOf(e)));
    }
    return o;
  }

  static void span(ObjectNode o, int sentence, Span span) {
    o.put("sentence_id", sentence);
    o.put("start", span.start());
    o.put("end", span.end());
  }
}
