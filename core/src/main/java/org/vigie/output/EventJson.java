package org.vigie.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.model.Actor;
import org.vigie.model.CleaningReport;
import org.vigie.enrich.Casualties;
import org.vigie.model.Event;
import org.vigie.model.Quantity;
import org.vigie.model.Location;
import org.vigie.model.Span;

/** The JSON shapes of the output contract (README, "Output"). */
public final class EventJson {

  private final ObjectMapper mapper;

  public EventJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** An event with its casualty counts (PLOVER's dead, injured, arrested) when it has some. */
  public ObjectNode event(Event e, Casualties c) {
    ObjectNode o = event(e);
    if (c != null) {
      ObjectNode size = o.putObject("size");
      count(size, "dead", c.dead());
      count(size, "injured", c.injured());
      count(size, "arrested", c.arrested());
    }
    return o;
  }

  private static void count(ObjectNode o, String name, Quantity q) {
    if (q == null) {
      o.putNull(name);
    } else {
      o.put(name, q.value());
    }
  }

  public ObjectNode event(Event e) {
    ObjectNode o = mapper.createObjectNode();
    o.put("doc_id", e.docId());
    o.put("event_id", e.eventId());
    o.put("sentence_id", e.sentenceId());
    o.put("sentence", e.sentence());
    o.put("date", e.date());
    o.put("date_precision", e.datePrecision() == null ? null : e.datePrecision().name().toLowerCase());
    o.put("code", e.code());
    o.put("root", e.root());
    o.put("quad_class", e.quadClass());
    o.put("goldstein", e.goldstein());
    o.set("source", actor(e.source(), e.sourceText(), e.sourceSpan()));
    o.set("target", actor(e.target(), e.targetText(), e.targetSpan()));
    o.set("location", location(e.location()));
    ObjectNode ev = o.putObject("evidence");
    ev.put("trigger", e.evidence().trigger());
    ev.put("pattern", e.evidence().pattern());
    ev.put("start", e.evidence().start());
    ev.put("end", e.evidence().end());
    o.put("lang", e.lang());
    if (e.plover() == null) {
      o.putNull("plover");
    } else {
      ObjectNode p = o.putObject("plover");
      p.put("type", e.plover().type());
      p.put("mode", e.plover().mode());
      p.put("context", e.plover().context());
    }
    return o;
  }

  /** An actor, with where it is written in the cleaned text when known (for highlighting). */
  private ObjectNode actor(Actor a, String text, Span span) {
    ObjectNode o = mapper.createObjectNode();
    o.put("code", a.code());
    o.put("name", a.name());
    o.put("text", text);
    o.put("country", a.country());
    if (span != null) {
      o.put("start", span.start());
      o.put("end", span.end());
    }
    return o;
  }

  private ObjectNode location(Location l) {
    if (l == null) {
      return null;
    }
    ObjectNode o = mapper.createObjectNode();
    o.put("name", l.name());
    o.put("country", l.country());
    o.put("lat", l.lat());
    o.put("lon", l.lon());
    return o;
  }

  public ObjectNode cleaning(String docId, CleaningReport r) {
    ObjectNode o = mapper.createObjectNode();
    o.put("doc_id", docId);
    o.put("paragraphs_in_input", r.paragraphsIn());
    o.put("paragraphs_kept", r.paragraphsKept());
    o.put("duplicate_paragraphs", r.duplicateParagraphs());
    var b = o.putArray("boilerplate");
    r.boilerplate().forEach(b::add);
    o.put("credited_source", r.creditedSource());
    return o;
  }
}
