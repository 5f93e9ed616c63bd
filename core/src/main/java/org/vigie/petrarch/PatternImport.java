package org.vigie.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.coding.CameoCodes;
import org.vigie.coding.EventPattern;
import org.vigie.nlp.Folding;

/**
 * Turns a PETRARCH verb dictionary into Vigie verb patterns. For each verb of a block:
 *
 * <ul>
 *   <li>its code (its own, else the block's) gives two patterns without required words: one whose
 *       target is the direct object, preferred when there is one, and one without target slot,
 *       which lets the coder look for the target as for Vigie's own such patterns;
 *   <li>each pattern line gives a pattern triggered by the verb's lemma: the words after {@code *}
 *       (each word of a {@code {noun phrase}} or {@code (prepositional phrase)}, the particles of a
 *       phrasal verb) become required words, in order; a {@code &SYNSET} becomes one word with its
 *       phrases as alternatives (a phrase of several words by its last word, its head, counted as
 *       approximated); {@code +} right after a preposition is the target that this preposition
 *       introduces, {@code +} right after the verb its direct object; a {@code $} before the verb
 *       is dropped, the source being the subject anyway.
 * </ul>
 *
 * <p>What cannot be said in a Vigie pattern is counted as not representable, with its reason: words
 * before the verb, {@code ^}, {@code %}, {@code $} after the verb, {@code +} after a word that is
 * not a preposition, the null code {@code [---]} (a pattern that only stops the verb's code), a
 * code with only a reverse event ({@code [:173]}), unknown codes or synonym sets, and the
 * transformations. The reverse event of a pair ({@code [042:043]}) is dropped and counted as
 * approximated. Required words need not be adjacent in Vigie, only in order.
 */
final class PatternImport {

  private final CameoCodes codes;
  private final Set<String> prepositions;
  private final Map<String, Synset> synsets = new HashMap<>();
  private final Conversion conversion;
  private final List<EventPattern> out = new ArrayList<>();

  /** What a pattern line says, whatever its verb. */
  private record Shape(String code, List<Set<String>> words, boolean target, String preposition) {}

  /** One position of a flattened pattern: folded alternatives, or the target. */
  private record Position(Set<String> alternatives, boolean target) {}

  private PatternImport(CameoCodes codes, Set<String> prepositions, Conversion conversion) {
    this.codes = codes;
    this.prepositions = prepositions;
    this.conversion = conversion;
  }

  static List<EventPattern> convert(
      VerbFile file, CameoCodes codes, Set<String> prepositions, Conversion conversion) {
    PatternImport p = new PatternImport(codes, prepositions, conversion);
    file.synsets().forEach(s -> p.synsets.put(s.name(), s));
    conversion.count("synonym sets", file.synsets().size());
    file.blocks().forEach(p::block);
    for (Transformation t : file.transformations()) {
      conversion.notRepresentable(
          t.origin(), "transformation: verb-on-verb rules have no Vigie equivalent");
    }
    conversion.count("event patterns", p.out.size());
    return List.copyOf(p.out);
  }

  private void block(VerbBlock block) {
    conversion.count("verb blocks");
    List<Verb> verbs = new ArrayList<>();
    for (Verb v : block.verbs()) {
      conversion.count("verbs");
      if (v.verbIndex() > 0) {
        conversion.notRepresentable(
            v.origin(), "words before the verb in '" + String.join("_", v.words()) + "'");
      } else {
        verbs.add(v);
        verbCode(v, v.codes() != null ? v.codes() : block.codes());
      }
    }
    for (VerbPattern p : block.patterns()) {
      conversion.count("patterns");
      Shape shape = shape(p);
      if (shape != null) {
        conversion.count("patterns converted");
        verbs.forEach(v -> emit(v, shape, p));
      }
    }
  }

  private void verbCode(Verb v, EventCodes c) {
    if (c.forward() == null) {
      if (c.reverse() != null) {
        conversion.notRepresentable(
            v.origin(), "only a reverse event: " + c + ", Vigie codes from the subject");
      }
      return;
    }
    if (!codes.exists(c.forward())) {
      conversion.notRepresentable(v.origin(), "unknown CAMEO code: " + c.forward());
      return;
    }
    if (c.reverse() != null) {
      conversion.approximated(v.origin(), "reverse event dropped: " + c);
    }
    String trigger = Folding.fold(v.lemma());
    List<Set<String>> particles = particles(v);
    String text = String.join(" ", v.words()).toLowerCase(Locale.ROOT);
    out.add(
        new EventPattern(
            c.forward(),
            trigger,
            false,
            particles,
            false,
            true,
            null,
            text + " +",
            v.origin().toString()));
    out.add(
        new EventPattern(
            c.forward(),
            trigger,
            false,
            particles,
            false,
            false,
            null,
            text,
            v.origin().toString()));
    conversion.count("verb codes");
  }

  /** What the pattern says, or null (reported) when it cannot be said in a Vigie pattern. */
  private Shape shape(VerbPattern p) {
    String problem = problem(p);
    List<Position> positions = problem == null ? positions(p.after()) : List.of();
    int t = -1;
    for (int i = 0; problem == null && i < positions.size(); i++) {
      if (positions.get(i).target()) {
        problem = t >= 0 ? "more than one target slot '+'" : null;
        t = i;
      }
    }
    String preposition = null;
    if (problem == null && t > 0) {
      preposition = preposition(positions.get(t - 1));
      if (preposition == null) {
        problem = "target slot '+' after a word that is not a preposition";
      } else {
        positions.remove(t - 1);
      }
    }
    if (problem == null && t >= 0) {
      positions.removeIf(Position::target);
    }
    if (problem != null) {
      conversion.notRepresentable(p.origin(), problem + ": - " + p.text() + " " + p.codes());
      return null;
    }
    if (p.codes().reverse() != null) {
      conversion.approximated(p.origin(), "reverse event dropped: " + p.codes());
    }
    if (p.after().stream().anyMatch(this::hasPhrasalSynonym)) {
      conversion.approximated(
          p.origin(), "synonyms of several words are matched by their last word");
    }
    List<Set<String>> words = new ArrayList<>();
    positions.forEach(pos -> words.add(Set.copyOf(pos.alternatives())));
    return new Shape(p.codes().forward(), words, t >= 0, preposition);
  }

  /** The first reason the pattern cannot be converted, or null. */
  private String problem(VerbPattern p) {
    EventCodes c = p.codes();
    if (c.forward() == null) {
      return c.reverse() == null
          ? "null code [---]: a pattern that only stops the verb's code"
          : "only a reverse event: " + c + ", Vigie codes from the subject";
    }
    if (!codes.exists(c.forward())) {
      return "unknown CAMEO code: " + c.forward();
    }
    if (p.before().stream()
        .anyMatch(i -> !(i instanceof PatternItem.Slot s && s.symbol() == '$'))) {
      return "words before the verb";
    }
    List<Character> slots = new ArrayList<>();
    List<String> undefined = new ArrayList<>();
    collect(p.after(), slots, undefined);
    if (slots.contains('^')) {
      return "'^' (a phrase to skip) has no Vigie equivalent";
    }
    if (slots.contains('%')) {
      return "'%' (a compound actor) has no Vigie equivalent";
    }
    if (slots.contains('$')) {
      return "source slot '$' after the verb: Vigie's source is the subject";
    }
    return undefined.isEmpty() ? null : "undefined synonym set: " + undefined.get(0);
  }

  private void collect(List<PatternItem> items, List<Character> slots, List<String> undefined) {
    for (PatternItem i : items) {
      if (i instanceof PatternItem.Slot s) {
        slots.add(s.symbol());
      } else if (i instanceof PatternItem.SynsetRef r && !synsets.containsKey(r.name())) {
        undefined.add(r.name());
      } else if (i instanceof PatternItem.Group g) {
        collect(g.items(), slots, undefined);
      }
    }
  }

  /**
   * The items after the verb as a flat sequence of positions; groups only order words. A synonym of
   * several words stands by its last word, the head (PETRARCH matches phrases by their head), and
   * by its words joined, which a hyphenated token matches ({@code cease-fire}).
   */
  private List<Position> positions(List<PatternItem> items) {
    List<Position> out = new ArrayList<>();
    for (PatternItem i : items) {
      if (i instanceof PatternItem.Word w) {
        for (String word : w.words()) {
          Set<String> one = folded(word);
          if (!one.isEmpty()) {
            out.add(new Position(one, false));
          }
        }
      } else if (i instanceof PatternItem.SynsetRef r) {
        Set<String> alternatives = new LinkedHashSet<>();
        for (String phrase : synsets.get(r.name()).phrases()) {
          alternatives.addAll(folded(phrase));
          alternatives.addAll(folded(phrase.substring(phrase.lastIndexOf(' ') + 1)));
        }
        out.add(new Position(alternatives, false));
      } else if (i instanceof PatternItem.Group g) {
        out.addAll(positions(g.items()));
      } else {
        out.add(new Position(Set.of(), true)); // '+': the other slots were refused before
      }
    }
    return out;
  }

  private boolean hasPhrasalSynonym(PatternItem i) {
    if (i instanceof PatternItem.SynsetRef r) {
      return synsets.get(r.name()).phrases().stream().anyMatch(ph -> ph.contains(" "));
    }
    return i instanceof PatternItem.Group g && g.items().stream().anyMatch(this::hasPhrasalSynonym);
  }

  /** The folded preposition a position holds, or null when it is not one single preposition. */
  private String preposition(Position p) {
    if (p.target() || p.alternatives().size() != 1) {
      return null;
    }
    String word = p.alternatives().iterator().next();
    return prepositions.contains(word) ? word : null;
  }

  /**
   * A word or phrase as Vigie compares it: folded pieces joined by blanks ({@code SIT-IN} → {@code
   * sit in}).
   */
  private static Set<String> folded(String word) {
    String f = String.join(" ", Folding.pieces(word));
    return f.isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(f));
  }

  /** The particles of a phrasal verb ({@code CALL_OFF} → off), required after it. */
  private static List<Set<String>> particles(Verb v) {
    List<Set<String>> out = new ArrayList<>();
    for (String w : v.words().subList(v.verbIndex() + 1, v.words().size())) {
      Set<String> one = folded(w);
      if (!one.isEmpty()) {
        out.add(Set.copyOf(one));
      }
    }
    return out;
  }

  private void emit(Verb v, Shape shape, VerbPattern p) {
    String verb = String.join(" ", v.words()).toLowerCase(Locale.ROOT);
    String text =
        p.text()
            .toLowerCase(Locale.ROOT)
            .replaceFirst("\\*+", java.util.regex.Matcher.quoteReplacement(verb));
    List<Set<String>> all = new ArrayList<>(particles(v));
    all.addAll(shape.words());
    out.add(
        new EventPattern(
            shape.code(),
            Folding.fold(v.lemma()),
            false,
            all,
            false,
            shape.target(),
            shape.preposition(),
            text,
            p.origin().toString()));
  }
}
