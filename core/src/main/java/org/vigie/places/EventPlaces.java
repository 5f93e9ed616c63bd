package org.vigie.places;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigie.actors.ActorDictionaries;
import org.vigie.model.ActorMention;
import org.vigie.model.Event;
import org.vigie.model.Location;
import org.vigie.model.Place;
import org.vigie.model.ResolvedDocument;
import org.vigie.model.Sentence;
import org.vigie.model.Token;
import org.vigie.nlp.Folding;

/**
 * Where an event happened: the place attached to its trigger (a place in the trigger's subtree
 * introduced by en, à, au, dans, in, at, near..., or completing a noun so introduced: "dans le
 * nord de la Syrie"; a city before a region, a region before a country, the nearest on a tie);
 * else, for material conflict, the target's country; else the document's focus country.
 * Thread-safe.
 */
public final class EventPlaces {

  /** Folded words that attach a place to an event ("à Alep", "au Mali", "in Homs", "near Idlib"). */
  private static final Set<String> PREPOSITIONS =
      Set.of("a", "au", "aux", "en", "dans", "pres", "autour", "in", "at", "near", "inside", "outside", "across",
          "throughout", "around");
  /** What may introduce an actor rather than a place: "livrer des armes à la Syrie". */
  private static final Set<String> RECIPIENT_PREPOSITIONS = Set.of("a", "au", "aux", "at");
  private static final Set<String> OF = Set.of("de", "d", "du", "des", "of");

  private final PlaceFinder finder;
  private final ActorDictionaries actors;

  public EventPlaces(PlaceFinder finder, ActorDictionaries actors) {
    this.finder = finder;
    this.actors = actors;
  }

  /**
   * The location of {@code event}, or null when neither an attached place nor a focus country is
   * known.
   *
   * @param places the document's places, as {@link PlaceFinder#find} gives them
   */
  public Location locate(Event event, ResolvedDocument doc, List<Place> places) {
    return attached(event, doc, places).map(Place::location)
        .or(() -> targetCountry(event)).orElseGet(() -> focus(doc));
  }

  /**
   * For material conflict (quad class 4: assaults, fights, mass violence), the target's country:
   * an offensive against Ukraine takes place in Ukraine, whatever country the story is most about.
   */
  private Optional<Location> targetCountry(Event event) {
    if (event.quadClass() != 4 || event.target() == null || event.target().country() == null) {
      return Optional.empty();
    }
    return actors.country(event.target().country()).map(c -> new Location(c.name(), c.code(), c.lat(), c.lon()));
  }

  /** The place attached to the event's trigger, if any. */
  public Optional<Place> attached(Event event, ResolvedDocument doc, List<Place> places) {
    Sentence s = doc.document().sentences().get(event.sentenceId());
    Token trigger = trigger(s, event);
    if (trigger == null || !s.parsed()) {
      return Optional.empty();
    }
    Place best = null;
    for (Place p : places) {
      Token head = p.sentence() == s.index() ? head(s, p) : null;
      if (head == null || (isActor(p, event, doc) && hasCase(s, head, RECIPIENT_PREPOSITIONS))) {
        continue;
      }
      if (s.dominates(trigger.index(), head.index()) && introduced(s, head)
          && (best == null || better(p, best, trigger))) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  private Location focus(ResolvedDocument doc) {
    return finder.focus(doc).flatMap(actors::country)
        .map(c -> new Location(c.name(), c.code(), c.lat(), c.lon())).orElse(null);
  }

  /** The trigger: the token where the evidence starts. */
  private static Token trigger(Sentence s, Event e) {
    for (Token t : s.tokens()) {
      if (t.start() == e.evidence().start()) {
        return t;
      }
    }
    return null;
  }

  /** The token of the place whose head lies outside it. */
  private static Token head(Sentence s, Place p) {
    Token head = null;
    for (Token t : s.tokens()) {
      if (t.start() >= p.span().start() && t.end() <= p.span().end()) {
        boolean inside = t.head() >= 0 && s.tokens().get(t.head()).start() >= p.span().start()
            && s.tokens().get(t.head()).end() <= p.span().end() && t.head() != t.index();
        if (!inside) {
          head = t;
        }
      }
    }
    return head;
  }

  /** Whether the place is the event's source or target itself ("livrer des armes à la Syrie"). */
  private static boolean isActor(Place p, Event e, ResolvedDocument doc) {
    for (ActorMention m : doc.mentionsIn(p.sentence())) {
      boolean actor = (m.actor().equals(e.source()) && m.text().equals(e.sourceText()))
          || (m.actor().equals(e.target()) && m.text().equals(e.targetText()));
      if (actor && m.span().start() < p.span().end() && p.span().start() < m.span().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a place preposition introduces the place ("à Alep"), or a noun the place completes
   * ("dans le nord-est de la Syrie", "on the outskirts of Aleppo").
   */
  private static boolean introduced(Sentence s, Token head) {
    if (hasCase(s, head, PREPOSITIONS)) {
      return true;
    }
    return head.head() >= 0 && hasCase(s, head, OF) && s.tokens().get(head.head()).isNoun()
        && hasCase(s, s.tokens().get(head.head()), PREPOSITIONS);
  }

  private static boolean hasCase(Sentence s, Token t, Set<String> words) {
    for (Token c : s.children(t.index())) {
      if (c.relation().equals("case") && words.contains(Folding.fold(c.word()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean better(Place p, Place than, Token trigger) {
    int a = rank(p.kind());
    int b = rank(than.kind());
    if (a != b) {
      return a < b;
    }
    return Math.abs(p.span().start() - trigger.start()) < Math.abs(than.span().start() - trigger.start());
  }

  private static int rank(String kind) {
    return switch (kind) {
      case Place.CITY -> 0;
      case Place.REGION -> 1;
      default -> 2;
    };
  }
}
