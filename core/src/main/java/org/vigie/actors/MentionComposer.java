package org.vigie.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigie.actors.NameMatcher.Hit;
import org.vigie.model.Actor;
import org.vigie.model.ActorMention;
import org.vigie.model.Sentence;
import org.vigie.model.Span;
import org.vigie.model.Token;

/**
 * Builds actor mentions from the names found in one sentence: a role word takes the countries of
 * its adjectives ({@code russe et américaine}) or of its complement ({@code des Etats-Unis}), and
 * an office holder named beside it; names stand alone otherwise.
 */
final class MentionComposer {

  private static final Set<String> ADJECTIVE_GAP = Set.of("et", "ou");
  private static final Set<String> COMPLEMENT_GAP = Set.of("de", "d", "la", "le", "l", "les", "of", "the");
  private static final Set<String> PERSON_GAP = Set.of("m", "mme", "monsieur", "madame", "de", "la", "le", "l",
      "mr", "mrs", "ms");
  /** Between a country and its role in English word order: "Russia's foreign minister". */
  private static final Set<String> PREFIX_GAP = Set.of("s");

  private final ActorDictionaries dictionaries;
  private final Set<String> titleWords;

  MentionComposer(ActorDictionaries dictionaries, Set<String> titleWords) {
    this.dictionaries = dictionaries;
    this.titleWords = titleWords;
  }

  List<Found> compose(Sentence sentence, LocalDate date) {
    PieceSequence seq = PieceSequence.of(sentence.tokens());
    List<Hit> hits = dictionaries.matcher().findAll(seq.pieces());
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      if (h.has(Entry.Type.ROLE)) {
        i = composeRole(sentence, seq, hits, i, null, date, out);
      } else if (countryBeforeRole(seq, hits, i)) {
        // English order: "Russian Foreign Minister Sergei Lavrov", "Iraqi police", "Russia's army"
        i = composeRole(sentence, seq, hits, i + 1, h, date, out);
      } else if (h.has(Entry.Type.PERSON)) {
        person(sentence, seq, h, h, h, date, null).ifPresent(out::add);
      } else if (h.has(Entry.Type.ORGANIZATION)) {
        Entry e = h.entry(Entry.Type.ORGANIZATION);
        Actor a = new Actor(e.code(), e.name(), countryOf(e.code()));
        out.add(found(sentence, seq, h, h, a, ActorMention.Kind.NAME, null, false, "group".equals(e.detail())));
      } else if (h.has(Entry.Type.ADJECTIVE) && !h.has(Entry.Type.COUNTRY) && lowerCase(sentence, seq, h)) {
        // "le conflit syrien": an adjective, though "Syriens" is also the people
        Entry e = h.entry(Entry.Type.ADJECTIVE);
        out.add(found(sentence, seq, h, h, new Actor(e.code(), e.name(), e.code()), ActorMention.Kind.ADJECTIVE, null, false, false));
      } else if (h.has(Entry.Type.COUNTRY) || h.has(Entry.Type.INHABITANT)) {
        Entry e = h.has(Entry.Type.COUNTRY) ? h.entry(Entry.Type.COUNTRY) : h.entry(Entry.Type.INHABITANT);
        out.add(found(sentence, seq, h, h, new Actor(e.code(), e.name(), e.code()), ActorMention.Kind.NAME, null, false, false));
      } else if (h.has(Entry.Type.CAPITAL)) {
        Entry e = h.entry(Entry.Type.CAPITAL);
        String country = dictionaries.country(e.code()).map(Country::name).orElse(e.code());
        Actor a = new Actor(e.code() + "GOV", e.name() + " (" + country + ")", e.code());
        out.add(found(sentence, seq, h, h, a, ActorMention.Kind.PLACE, null, false, false));
      } else if (h.has(Entry.Type.ADJECTIVE)) {
        Entry e = h.entry(Entry.Type.ADJECTIVE);
        out.add(found(sentence, seq, h, h, new Actor(e.code(), e.name(), e.code()), ActorMention.Kind.ADJECTIVE, null, false, false));
      } else if (h.has(Entry.Type.REFERENCE) && !namedRightAfter(hits, i)) {
        out.add(reference(sentence, seq, h, h, h.entry(Entry.Type.REFERENCE).detail(), null));
      }
    }
    return out;
  }

  private static boolean lowerCase(Sentence sentence, PieceSequence seq, Hit h) {
    String word = sentence.tokens().get(seq.tokenOf()[h.first()]).word();
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
  }

  /** "le groupe djihadiste Etat islamique": the reference is named at once, nothing to resolve. */
  private static boolean namedRightAfter(List<Hit> hits, int i) {
    return i + 1 < hits.size()
        && hits.get(i + 1).has(Entry.Type.ORGANIZATION)
        && hits.get(i + 1).first() - hits.get(i).last() <= 3;
  }

  private static boolean countryBeforeRole(PieceSequence seq, List<Hit> hits, int i) {
    Hit h = hits.get(i);
    return (h.has(Entry.Type.ADJECTIVE) || h.has(Entry.Type.COUNTRY) || h.has(Entry.Type.CAPITAL))
        && i + 1 < hits.size() && hits.get(i + 1).has(Entry.Type.ROLE)
        && seq.gapOnly(h.last(), hits.get(i + 1).first(), PREFIX_GAP);
  }

  private static String countryCode(Hit h) {
    for (Entry.Type t : List.of(Entry.Type.ADJECTIVE, Entry.Type.COUNTRY, Entry.Type.CAPITAL)) {
      if (h.has(t)) {
        return h.entry(t).code();
      }
    }
    return null;
  }

  /**
   * A role word and what qualifies it; returns the index of the last hit consumed.
   *
   * @param prefix a country named just before the role (English order), or null
   */
  private int composeRole(Sentence sentence, PieceSequence seq, List<Hit> hits, int i, Hit prefix,
      LocalDate date, List<Found> out) {
    Hit role = hits.get(i);
    Entry roleEntry = role.entry(Entry.Type.ROLE);
    List<String> countries = new ArrayList<>();
    if (prefix != null) {
      countries.add(countryCode(prefix));
    }
    int j = i + 1;
    int lastPiece = role.last();
    // nationality adjectives right after the role, possibly coordinated: "russe et américaine"
    while (j < hits.size() && hits.get(j).has(Entry.Type.ADJECTIVE)
        && seq.gapOnly(lastPiece, hits.get(j).first(), ADJECTIVE_GAP)) {
      countries.add(hits.get(j).entry(Entry.Type.ADJECTIVE).code());
      lastPiece = hits.get(j).last();
      j++;
      // a role phrase interrupted by its adjective: "ministre russe des Affaires étrangères"
      Hit longer = longerRole(seq, role, lastPiece);
      if (longer != null) {
        roleEntry = longer.entry(Entry.Type.ROLE);
        lastPiece = longer.last();
        while (j < hits.size() && hits.get(j).first() <= lastPiece) {
          j++;
        }
      }
    }
    String organization = null;
    if (j < hits.size() && seq.gapOnly(lastPiece, hits.get(j).first(), COMPLEMENT_GAP)
        && hits.get(j).first() > lastPiece + 0) {
      Hit c = hits.get(j);
      if (countries.isEmpty() && (c.has(Entry.Type.COUNTRY) || c.has(Entry.Type.CAPITAL))) {
        Entry e = c.has(Entry.Type.COUNTRY) ? c.entry(Entry.Type.COUNTRY) : c.entry(Entry.Type.CAPITAL);
        countries.add(e.code());
        lastPiece = c.last();
        j++;
      } else if (countries.isEmpty() && c.has(Entry.Type.ORGANIZATION)) {
        organization = c.entry(Entry.Type.ORGANIZATION).code();
        lastPiece = c.last();
        j++;
      }
    }
    Hit person = null;
    if (j < hits.size() && hits.get(j).has(Entry.Type.PERSON)
        && seq.gapOnly(lastPiece, hits.get(j).first(), PERSON_GAP)) {
      person = hits.get(j);
      lastPiece = person.last();
      j++;
    }
    Hit end = new Hit(lastPiece, lastPiece, List.of());
    boolean personLike = person != null;
    for (int p = role.first(); p <= role.last(); p++) {
      personLike |= titleWords.contains(seq.pieces().get(p));
    }
    if (prefix != null) {
      role = new Hit(prefix.first(), role.last(), role.entries());
    }
    if (person != null && countries.size() <= 1) {
      var p = person(sentence, seq, role, end, person, date, roleEntry.name());
      if (p.isPresent()) {
        out.add(p.get());
        return j - 1;
      }
    }
    if (organization != null) {
      Actor a = new Actor(organization, roleEntry.name(), countryOf(organization));
      out.add(found(sentence, seq, role, end, a, ActorMention.Kind.TITLE, roleEntry.name(), personLike, false));
    } else if (countries.isEmpty()) {
      Found ref = reference(sentence, seq, role, end, "role", roleEntry.name());
      // the role code rides on the unresolved mention, for a fallback to the document's country
      ActorMention m = ref.mention();
      boolean noun = sentence.tokens().get(m.first()).isNoun();
      Actor placeholder = new Actor(roleEntry.code(), roleEntry.name(), null);
      out.add(new Found(new ActorMention(m.sentence(), m.first(), m.last(), m.head(), m.span(), m.text(), placeholder, m.kind()),
          noun ? "role" : "role-adjective", roleEntry.name(), personLike, false));
    }
    for (String country : countries) {
      String countryName = dictionaries.country(country).map(Country::name).orElse(country);
      Actor a = new Actor(country + roleEntry.code(), roleEntry.name() + " (" + countryName + ")", country);
      out.add(found(sentence, seq, role, end, a, ActorMention.Kind.TITLE, roleEntry.name(), personLike, false));
    }
    return j - 1;
  }

  private Hit longerRole(PieceSequence seq, Hit role, int adjectiveEnd) {
    List<String> view = new ArrayList<>(seq.pieces().subList(role.first(), role.last() + 1));
    view.addAll(seq.pieces().subList(adjectiveEnd + 1, seq.pieces().size()));
    Hit h = dictionaries.matcher().longestAt(view, 0, e -> e.type() == Entry.Type.ROLE);
    int roleLength = role.last() - role.first() + 1;
    if (h == null || h.last() + 1 <= roleLength) {
      return null;
    }
    int last = adjectiveEnd + (h.last() + 1 - roleLength);
    return new Hit(role.first(), last, h.entries());
  }

  /** An office holder, coded for the article date; the mention spans {@code from..to}. */
  private Optional<Found> person(Sentence sentence, PieceSequence seq, Hit from, Hit to, Hit person,
      LocalDate date, String role) {
    // several people may share a name ("Kerry", "Bush"): take the one in office on the date
    Entry e = person.entries().stream()
        .filter(p -> p.type() == Entry.Type.PERSON && dictionaries.people().inOffice(p.detail(), date))
        .findFirst().orElse(person.entry(Entry.Type.PERSON));
    return dictionaries.people().codeOn(e.detail(), date)
        // out of office, only a state's code is kept (not "IMG" from "IMGMUSISI")
        .filter(code -> code.length() > 3 || dictionaries.country(code).isPresent())
        .map(code -> found(sentence, seq, from, to, new Actor(code, e.name(), countryOf(code)),
            ActorMention.Kind.NAME, role, true, false));
  }

  private String countryOf(String code) {
    String prefix = code.length() >= 3 ? code.substring(0, 3) : code;
    return dictionaries.country(prefix).isPresent() ? prefix : null;
  }

  private Found found(Sentence s, PieceSequence seq, Hit from, Hit to, Actor actor, ActorMention.Kind kind,
      String role, boolean personLike, boolean group) {
    return new Found(mention(s, seq, from, to, actor, kind), null, role, personLike, group);
  }

  private Found reference(Sentence s, PieceSequence seq, Hit from, Hit to, String kind, String role) {
    return new Found(mention(s, seq, from, to, null, ActorMention.Kind.REFERENCE), kind, role, false, false);
  }

  static ActorMention mention(Sentence s, PieceSequence seq, Hit from, Hit to, Actor actor, ActorMention.Kind kind) {
    int first = seq.tokenOf()[from.first()];
    int last = seq.tokenOf()[to.last()];
    Token a = s.tokens().get(first);
    Token b = s.tokens().get(last);
    int start = a.start();
    int end = b.end();
    String text = s.text().substring(start - s.span().start(), end - s.span().start());
    return new ActorMention(s.index(), first, last, first, new Span(start, end), text, actor, kind);
  }
}
