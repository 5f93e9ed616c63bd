package org.vigie.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.model.ActorMention;
import org.vigie.model.Event;
import org.vigie.model.ResolvedDocument;
import org.vigie.model.Sentence;
import org.vigie.model.Token;
import org.vigie.nlp.Folding;

/**
 * Codes events from the patterns matched on each parsed sentence's dependency tree: the subject
 * is the source, the pattern's target slot the target; coordinated actors give one event per
 * pair; negated verbs give none; intentions take their intent code; statements (root 01) are kept
 * only when the sentence has nothing stronger. Thread-safe.
 */
public final class DependencyEventCoder implements EventCoder {

  private static final List<String> ACCOMPANY = List.of("avec", "contre", "entre", "with", "against", "between");
  /**
   * Roots whose acts are mutual, so that "X et Y ont discuté" codes X with Y: agreeing,
   * consulting, cooperating. A statement by "X et Y" is not one of X to Y.
   */
  private static final Set<String> MUTUAL_ROOTS = Set.of("03", "04", "05", "06");
  /** Roots whose object is often an earlier act ("a dénoncé ces sanctions"): approve, demand, disapprove, reject, threaten. */
  private static final Set<String> ANAPHORIC_ROOTS = Set.of("05", "10", "11", "12", "13");
  private static final Set<String> NAME_PARTS = Set.of("appos", "flat", "nmod", "amod");

  private final PatternDictionary patterns;
  private final EventBuilder builder;

  public DependencyEventCoder(PatternDictionary patterns, CameoCodes codes) {
    this.patterns = patterns;
    this.builder = new EventBuilder(codes);
  }

  @Override
  public List<Event> code(ResolvedDocument document) {
    Map<String, Event> events = new LinkedHashMap<>();
    for (Sentence s : document.document().sentences()) {
      List<ActorMention> mentions = document.mentionsIn(s.index());
      if (!s.parsed() || mentions.isEmpty()) {
        continue;
      }
      for (Event e : codeSentence(document, s, mentions, List.copyOf(events.values()))) {
        events.putIfAbsent(EventBuilder.identity(e), e);
      }
    }
    return List.copyOf(events.values());
  }

  private List<Event> codeSentence(ResolvedDocument doc, Sentence s, List<ActorMention> mentions, List<Event> earlier) {
    ClauseReader clause = new ClauseReader(s, patterns);
    PatternMatcher matcher = new PatternMatcher(s, clause);
    Arguments args = new Arguments(s, mentions);
    List<Event> out = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    Map<Integer, Match> matches = new LinkedHashMap<>();
    for (Token v : s.tokens()) {
      if (v.isVerb()) {
        Match m = matcher.best(v, patterns.verbPatterns(Folding.fold(v.lemma())), clause.subjects(v));
        if (m != null) {
          matches.put(v.index(), m);
        }
      }
    }
    for (Match m : matches.values()) {
      Token v = m.trigger();
      List<Token> subjects = clause.subjects(v);
      if (clause.isNegated(v) || isEmbeddedInAnotherEvent(clause, matches, v)) {
        continue;
      }
      m.words().forEach(w -> used.add(w.index()));
      List<ActorMention> sources = args.actorsAt(subjects);
      List<ActorMention> targets = m.pattern().target() ? args.actorsAt(m.targets()) : implicitTargets(clause, args, v, subjects);
      String code = m.pattern().code();
      if (targets.isEmpty() && reciprocal(clause, m, v) && sources.size() >= 2) {
        addReciprocal(out, doc, s, m, code, sources);
        continue;
      }
      if (targets.isEmpty() && m.pattern().target() && m.pattern().preposition() == null) {
        targets = actOfEarlierEvent(s, m, sources, earlier, out);
      }
      if (clause.isIntent(v)) {
        code = builder.intentCode(code);
      }
      addPairs(out, doc, s, m, code, sources, targets, m.pattern().target() || !targets.isEmpty());
    }
    for (Token n : s.tokens()) {
      if (n.isNoun() && !used.contains(n.index())) {
        codeNoun(out, doc, s, clause, matcher, args, n);
      }
    }
    boolean stronger = out.stream().anyMatch(e -> !e.root().equals("01"));
    return stronger ? out.stream().filter(e -> !e.root().equals("01")).toList() : out;
  }

  /**
   * "a exigé que la Russie retire ses troupes": the withdrawal is what is demanded, not an event.
   * Statements (root 01) do not count: "a annoncé avoir frappé" reports a strike.
   */
  private static boolean isEmbeddedInAnotherEvent(ClauseReader clause, Map<Integer, Match> matches, Token v) {
    Token governor = clause.governingVerb(v);
    if (governor == null) {
      return false;
    }
    Match outer = matches.get(governor.index());
    return outer != null && !outer.pattern().code().startsWith("01");
  }

  /** "se sont mutuellement accusés", "se sont rencontrés": the subjects act on each other. */
  private static boolean reciprocal(ClauseReader clause, Match m, Token v) {
    return m.pattern().target() && m.pattern().preposition() == null && clause.isReflexive(v);
  }

  private void addReciprocal(List<Event> out, ResolvedDocument doc, Sentence s, Match m, String code,
      List<ActorMention> actors) {
    boolean mutual = MUTUAL_ROOTS.contains(code.substring(0, 2));
    for (ActorMention a : actors) {
      for (ActorMention b : actors) {
        boolean ordered = actors.indexOf(a) < actors.indexOf(b);
        if (distinct(a, b) && (ordered || !mutual)) {
          out.add(builder.build(doc, s, m, code, a, b));
        }
      }
    }
  }

  /**
   * "Moscou a dénoncé ces sanctions", "Paris a condamné l'opération": a disapproval, rejection,
   * demand or threat whose object is an earlier act, not an actor, targets whoever did that act:
   * the source of the latest event coded before it in the document.
   */
  private static List<ActorMention> actOfEarlierEvent(Sentence s, Match m, List<ActorMention> sources,
      List<Event> earlier, List<Event> sameSentence) {
    if (!ANAPHORIC_ROOTS.contains(m.pattern().code().substring(0, 2)) || m.targets().isEmpty()
        || !m.targets().get(0).isNoun() || sources.isEmpty()) {
      return List.of();
    }
    List<Event> before = new ArrayList<>(earlier);
    before.addAll(sameSentence);
    Set<String> own = new HashSet<>();
    sources.forEach(a -> own.add(a.actor().country() != null ? a.actor().country() : a.actor().code()));
    for (int i = before.size() - 1; i >= 0; i--) {
      Event e = before.get(i);
      String country = e.source().country() != null ? e.source().country() : e.source().code();
      if (!own.contains(country)) {
        Token object = m.targets().get(0);
        String text = s.text().substring(object.start() - s.span().start(), object.end() - s.span().start());
        return List.of(new ActorMention(s.index(), object.index(), object.index(), object.index(),
            new org.vigie.model.Span(object.start(), object.end()), text, e.source(), ActorMention.Kind.REFERENCE));
      }
    }
    return List.of();
  }

  private List<ActorMention> implicitTargets(ClauseReader clause, Arguments args, Token v, List<Token> subjects) {
    for (String p : ACCOMPANY) {
      List<ActorMention> found = args.actorsAt(clause.introducedBy(v, p, subjects));
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** A nominal event: "sa rencontre avec Lavrov", "les frappes russes contre l'EI". */
  private void codeNoun(List<Event> out, ResolvedDocument doc, Sentence s, ClauseReader clause,
      PatternMatcher matcher, Arguments args, Token n) {
    List<EventPattern> candidates = patterns.nounPatterns(Folding.fold(n.lemma()));
    if (candidates.isEmpty()) {
      return;
    }
    Match m = matcher.best(n, candidates, List.of());
    if (m == null || !m.pattern().target()) {
      return;
    }
    List<ActorMention> sources = args.actorsAt(nounSources(s, clause, n));
    addPairs(out, doc, s, m, m.pattern().code(), sources, args.actorsAt(m.targets()), true);
  }

  /** Who acts in a nominal event: its possessive's owner (the clause subject), or its "de"/"par" complement. */
  private List<Token> nounSources(Sentence s, ClauseReader clause, Token n) {
    List<Token> out = new ArrayList<>();
    for (Token c : s.children(n.index())) {
      if ((c.relation().equals("nmod:poss") || c.relation().equals("det")) && isPossessive(c)) {
        Token verb = n;
        while (verb.head() >= 0 && !verb.isVerb()) {
          verb = s.tokens().get(verb.head());
        }
        if (verb.isVerb()) {
          out.addAll(clause.subjects(verb));
        }
      } else if (ClauseReader.relation(c).equals("nmod") && (hasCase(s, c, "par") || hasCase(s, c, "by"))) {
        out.add(c);
      } else if (ClauseReader.relation(c).equals("amod") || c.relation().equals("nmod:poss")
          || c.relation().equals("compound")) {
        // "les frappes russes", "Russian strikes", "Israel's attack", "UN sanctions"
        out.add(c);
      }
    }
    return out;
  }

  private static boolean isPossessive(Token det) {
    return Set.of("son", "sa", "ses", "leur", "leurs", "his", "her", "its", "their").contains(Folding.fold(det.word()));
  }

  private static boolean hasCase(Sentence s, Token t, String preposition) {
    return s.children(t.index()).stream()
        .anyMatch(c -> c.relation().equals("case") && Folding.fold(c.word()).equals(preposition));
  }

  private void addPairs(List<Event> out, ResolvedDocument doc, Sentence s, Match m, String code,
      List<ActorMention> sources, List<ActorMention> targets, boolean directed) {
    if (directed) {
      for (ActorMention src : sources) {
        for (ActorMention tgt : targets) {
          if (distinct(src, tgt)) {
            out.add(builder.build(doc, s, m, code, src, tgt));
          }
        }
      }
      return;
    }
    // no target: coordinated subjects act on each other ("X et Y ont discuté")
    if (!MUTUAL_ROOTS.contains(code.substring(0, 2))) {
      return;
    }
    for (int i = 0; i < sources.size(); i++) {
      for (int j = i + 1; j < sources.size(); j++) {
        if (distinct(sources.get(i), sources.get(j))) {
          out.add(builder.build(doc, s, m, code, sources.get(i), sources.get(j)));
        }
      }
    }
  }

  /**
   * Two different actors. A role word given the document's country ("les forces" in a story about
   * Turkey) is not trusted against the bare state of that same country: "la Turquie a lancé une
   * offensive contre les forces kurdes" is not Turkey against its own army.
   */
  private static boolean distinct(ActorMention a, ActorMention b) {
    if (a.actor().code().equals(b.actor().code())) {
      return false;
    }
    return !(guessedAgainstItsState(a, b) || guessedAgainstItsState(b, a));
  }

  /** A role given the document's country, against the bare state of that country. */
  private static boolean guessedAgainstItsState(ActorMention guessed, ActorMention named) {
    return guessed.kind() == ActorMention.Kind.DOMESTIC && named.kind() != ActorMention.Kind.DOMESTIC
        && named.actor().code().equals(guessed.actor().country());
  }

  /** Finds the actors at argument tokens, following coordination and apposed names. */
  static final class Arguments {
    private final Sentence sentence;
    private final List<ActorMention> mentions;

    Arguments(Sentence sentence, List<ActorMention> mentions) {
      this.sentence = sentence;
      this.mentions = mentions;
    }

    List<ActorMention> actorsAt(List<Token> tokens) {
      Map<String, ActorMention> byCode = new LinkedHashMap<>();
      for (Token t : tokens) {
        collect(t, byCode, 0);
      }
      return List.copyOf(byCode.values());
    }

    private void collect(Token t, Map<String, ActorMention> out, int depth) {
      boolean found = false;
      for (ActorMention m : mentions) {
        if (m.covers(t.index())) {
          out.putIfAbsent(m.actor().code(), m);
          found = true;
        }
      }
      for (Token c : sentence.children(t.index())) {
        String r = ClauseReader.relation(c);
        if (r.equals("conj") && depth < 6) {
          collect(c, out, depth + 1);
        } else if (!found && depth == 0 && NAME_PARTS.contains(r)) {
          for (ActorMention m : mentions) {
            if (m.covers(c.index())) {
              out.putIfAbsent(m.actor().code(), m);
            }
          }
        }
      }
    }
  }
}
