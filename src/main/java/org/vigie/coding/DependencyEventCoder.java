package org.vigie.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.actors.ActorDictionaries;
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

  private static final Set<String> ACCOMPANY = Set.of("avec", "contre", "entre");
  /**
   * Roots whose acts are mutual, so that "X et Y ont discuté" codes X with Y: agreeing,
   * consulting, cooperating. A statement by "X et Y" is not one of X to Y.
   */
  private static final Set<String> MUTUAL_ROOTS = Set.of("03", "04", "05", "06");
  private static final Set<String> NAME_PARTS = Set.of("appos", "flat", "nmod", "amod");

  private final PatternDictionary patterns;
  private final EventBuilder builder;

  public DependencyEventCoder(PatternDictionary patterns, CameoCodes codes, ActorDictionaries actors) {
    this.patterns = patterns;
    this.builder = new EventBuilder(codes, actors);
  }

  @Override
  public List<Event> code(ResolvedDocument document) {
    Map<String, Event> events = new LinkedHashMap<>();
    for (Sentence s : document.document().sentences()) {
      List<ActorMention> mentions = document.mentionsIn(s.index());
      if (!s.parsed() || mentions.isEmpty()) {
        continue;
      }
      for (Event e : codeSentence(document, s, mentions)) {
        events.putIfAbsent(EventBuilder.identity(e), e);
      }
    }
    return List.copyOf(events.values());
  }

  private List<Event> codeSentence(ResolvedDocument doc, Sentence s, List<ActorMention> mentions) {
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
      if (c.relation().equals("nmod:poss") || (c.relation().equals("det") && isPossessive(c))) {
        Token verb = n;
        while (verb.head() >= 0 && !verb.isVerb()) {
          verb = s.tokens().get(verb.head());
        }
        if (verb.isVerb()) {
          out.addAll(clause.subjects(verb));
        }
      } else if (ClauseReader.relation(c).equals("nmod") && hasCase(s, c, "par")) {
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
          if (!src.actor().code().equals(tgt.actor().code())) {
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
        if (!sources.get(i).actor().code().equals(sources.get(j).actor().code())) {
          out.add(builder.build(doc, s, m, code, sources.get(i), sources.get(j)));
        }
      }
    }
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
