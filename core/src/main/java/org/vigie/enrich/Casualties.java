package org.vigie.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigie.model.Event;
import org.vigie.model.Quantity;

/**
 * The dead, injured and arrested counts of an event, as PLOVER's {@code dead}, {@code injured} and
 * {@code arrested} fields: the counts of those kinds in the event's sentence.
 *
 * @param event the event
 * @param dead the count of deaths, or null when its sentence gives none
 * @param injured the count of injured, or null
 * @param arrested the count of arrests, or null
 */
public record Casualties(Event event, Quantity dead, Quantity injured, Quantity arrested) {

  public static final String DEATHS = "deaths";
  public static final String INJURED = "injured";
  public static final String ARRESTED = "arrested";

  /**
   * The CAMEO roots whose events have casualties: protest (14), coerce (17, arrests), assault (18),
   * fight (19), mass violence (20). A meeting that mentions the toll of a war ("ont discuté du
   * conflit qui a fait 250.000 morts") does not take it.
   */
  static final Set<String> ROOTS = Set.of("14", "17", "18", "19", "20");

  public Casualties {
    Objects.requireNonNull(event, "event");
  }

  /** Whether no count was found for the event. */
  public boolean isEmpty() {
    return dead == null && injured == null && arrested == null;
  }

  /**
   * The casualties of each event, in the order of {@code events}. Several counts of one kind in a
   * sentence give the largest, since a second one often restates part of the first ("250.000 morts,
   * dont 10.000 enfants tués").
   */
  public static List<Casualties> attach(List<Event> events, List<Quantity> quantities) {
    List<Casualties> out = new ArrayList<>(events.size());
    for (Event e : events) {
      if (!ROOTS.contains(e.root())) {
        out.add(new Casualties(e, null, null, null));
        continue;
      }
      out.add(
          new Casualties(
              e,
              largest(quantities, e.sentenceId(), DEATHS),
              largest(quantities, e.sentenceId(), INJURED),
              largest(quantities, e.sentenceId(), ARRESTED)));
    }
    return List.copyOf(out);
  }

  private static Quantity largest(List<Quantity> quantities, int sentence, String kind) {
    Quantity best = null;
    for (Quantity q : quantities) {
      if (q.sentence() == sentence
          && kind.equals(q.kind())
          && (best == null || q.value() > best.value())) {
        best = q;
      }
    }
    return best;
  }
}
