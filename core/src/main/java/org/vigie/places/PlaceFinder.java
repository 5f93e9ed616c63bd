package org.vigie.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigie.actors.ActorDictionaries;
import org.vigie.actors.Country;
import org.vigie.model.ActorMention;
import org.vigie.model.Place;
import org.vigie.model.ResolvedDocument;
import org.vigie.model.Sentence;
import org.vigie.model.Span;
import org.vigie.model.Token;
import org.vigie.nlp.Folding;

/**
 * Finds the places a document names: countries (from the actor stage's country names, with the
 * points of countries.tsv) and the cities and regions of the gazetteer, each disambiguated by
 * {@link PlaceChooser}. Thread-safe; one per language, since country names are the language's.
 */
public final class PlaceFinder {

  private static final Set<String> SKIPPED_AFTER_COMMA = Set.of("a", "au", "le", "la", "en", "in", "the", "dans");

  private final ActorDictionaries actors;
  private final NameScanner scanner;
  private final PlaceChooser chooser = new PlaceChooser();

  /** @param actors the actor dictionaries of the documents' language, for country names and points */
  public PlaceFinder(Gazetteer gazetteer, ActorDictionaries actors) {
    this.actors = actors;
    this.scanner = new NameScanner(gazetteer);
  }

  /** Every place of the document, in text order. */
  public List<Place> find(ResolvedDocument doc) {
    String focus = focus(doc).orElse(null);
    List<Place> out = new ArrayList<>();
    for (Sentence s : doc.document().sentences()) {
      out.addAll(inSentence(doc, s, focus));
    }
    return List.copyOf(out);
  }

  /**
   * The country the document is about: the one its actor mentions name most often (references
   * back to earlier mentions and role words given the focus do not count), the first on a tie.
   */
  public Optional<String> focus(ResolvedDocument doc) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ActorMention m : doc.mentions()) {
      String country = m.actor().country();
      if (country != null && m.kind() != ActorMention.Kind.REFERENCE && m.kind() != ActorMention.Kind.DOMESTIC) {
        counts.merge(country, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  private List<Place> inSentence(ResolvedDocument doc, Sentence s, String focus) {
    List<ActorMention> mentions = doc.mentionsIn(s.index());
    boolean[] blocked = new boolean[s.tokens().size()];
    Set<String> named = new HashSet<>();
    List<Place> out = new ArrayList<>();
    for (ActorMention m : mentions) {
      String country = m.actor().country();
      if (m.kind() != ActorMention.Kind.PLACE) {
        for (int t = m.first(); t <= m.last(); t++) {
          blocked[t] = true;
        }
      }
      if (isCountryName(m)) {
        countryPlace(m.span(), m.text(), country, s.index()).ifPresent(out::add);
      }
      if (country != null && (m.actor().code().equals(country) || m.kind() == ActorMention.Kind.ADJECTIVE)) {
        named.add(country);
      }
    }
    List<NameMatch> matches = scanner.scan(s, blocked, doc.document().lang());
    Set<ActorMention> placed = new HashSet<>();
    for (NameMatch m : matches) {
      ActorMention capital = capital(mentions, m);
      if (capital != null) {
        placed.add(capital);
      }
      PlaceChooser.Context context = new PlaceChooser.Context(qualifiers(s, m, matches, mentions), named, focus);
      out.add(place(chooser.choose(m, s, context), s, m.first(), m.last(), doc.document().lang()));
    }
    for (ActorMention m : mentions) {
      if (m.kind() == ActorMention.Kind.PLACE && !placed.contains(m) && m.actor().country() != null) {
        countryPlace(m.span(), m.text(), m.actor().country(), s.index()).ifPresent(out::add);
      }
    }
    out.sort(Comparator.comparingInt(p -> p.span().start()));
    return out;
  }

  /** A state named by one of its names ("la Syrie"), not by an adjective ("le conflit syrien"). */
  private boolean isCountryName(ActorMention m) {
    if (m.kind() != ActorMention.Kind.NAME || !m.actor().code().equals(m.actor().country())) {
      return false;
    }
    List<String> words = Folding.pieces(m.text());
    return actors.country(m.actor().country()).stream().flatMap(c -> c.names().stream())
        .map(Folding::pieces).anyMatch(name -> endsWith(words, name));
  }

  private static boolean endsWith(List<String> words, List<String> name) {
    return words.size() >= name.size() && words.subList(words.size() - name.size(), words.size()).equals(name);
  }

  /** The capital (a place the actor stage took for a government) in the words of {@code m}. */
  private static ActorMention capital(List<ActorMention> mentions, NameMatch m) {
    for (ActorMention a : mentions) {
      if (a.kind() == ActorMention.Kind.PLACE && a.first() <= m.last() && m.first() <= a.last()) {
        return a;
      }
    }
    return null;
  }

  /** Countries of the place named after a comma or parenthesis ("Paris, Texas", "Tripoli (Liban)"). */
  private static Set<String> qualifiers(Sentence s, NameMatch m, List<NameMatch> matches, List<ActorMention> mentions) {
    if (!NameScanner.qualified(s, m.last())) {
      return Set.of();
    }
    int next = m.last() + 2;
    while (next < s.tokens().size() && SKIPPED_AFTER_COMMA.contains(Folding.fold(s.tokens().get(next).word()))) {
      next++;
    }
    Set<String> out = new HashSet<>();
    for (NameMatch other : matches) {
      if (other.first() == next) {
        other.candidates().stream().map(Toponym::country).filter(c -> c != null).forEach(out::add);
      }
    }
    for (ActorMention a : mentions) {
      if (a.first() == next && a.actor().country() != null) {
        out.add(a.actor().country());
      }
    }
    return out;
  }

  private Optional<Place> countryPlace(Span span, String text, String code, int sentence) {
    return actors.country(code).map((Country c) ->
        new Place(span, text, c.name(), c.code(), c.lat(), c.lon(), Place.COUNTRY, sentence));
  }

  private static Place place(Toponym t, Sentence s, int first, int last, String lang) {
    Token a = s.tokens().get(first);
    Token b = s.tokens().get(last);
    int from = a.start() - s.span().start();
    int to = b.end() - s.span().start();
    String text = from >= 0 && to <= s.text().length() && from <= to ? s.text().substring(from, to) : a.word();
    return new Place(new Span(a.start(), b.end()), text, t.name(lang), t.country(), t.lat(), t.lon(),
        t.kind(), s.index());
  }
}
