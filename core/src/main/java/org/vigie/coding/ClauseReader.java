package org.vigie.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.model.Sentence;
import org.vigie.model.Token;
import org.vigie.nlp.Folding;

/**
 * Reads the clause around a verb in a Universal Dependencies tree: its subject (climbing through
 * infinitives and coordinated verbs), its object, the phrases a preposition introduces, and
 * whether it is passive, negated or under an intention marker.
 */
final class ClauseReader {

  private static final Set<String> CLIMB = Set.of("xcomp", "acl", "conj", "advcl", "ccomp");
  private static final Set<String> RELATIVE = Set.of("qui", "lequel", "laquelle", "lesquels", "who", "which", "that");
  private static final Set<String> REFLEXIVE = Set.of("se", "s", "me", "m", "te", "t", "nous", "vous");

  private final Sentence sentence;
  private final PatternDictionary patterns;

  ClauseReader(Sentence sentence, PatternDictionary patterns) {
    this.sentence = sentence;
    this.patterns = patterns;
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  static String relation(Token t) {
    String r = t.relation();
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  boolean isPassive(Token verb) {
    return sentence.children(verb.index()).stream()
        .anyMatch(c -> c.relation().equals("aux:pass") || c.relation().equals("nsubj:pass"));
  }

  /** The subject tokens of {@code verb}: the agent in the passive; found higher up if needed. */
  List<Token> subjects(Token verb) {
    Token current = verb;
    for (int depth = 0; depth < 4 && current != null; depth++) {
      boolean passive = isPassive(current);
      for (Token c : sentence.children(current.index())) {
        String r = c.relation();
        if (passive ? isAgent(c) : r.equals("nsubj")) {
          if (RELATIVE.contains(Folding.fold(c.word())) && current.relation().startsWith("acl")) {
            return List.of(token(current.head()));
          }
          return List.of(c);
        }
      }
      if (current.head() < 0 || !CLIMB.contains(relation(current))) {
        return List.of();
      }
      if (current.relation().equals("acl:relcl")) {
        return List.of(token(current.head()));
      }
      current = token(current.head());
    }
    return List.of();
  }

  /** The agent of a passive: "obl:agent", or an oblique introduced by par/by (parsers differ). */
  private boolean isAgent(Token c) {
    if (c.relation().equals("obl:agent")) {
      return true;
    }
    return relation(c).equals("obl") && sentence.children(c.index()).stream()
        .anyMatch(k -> k.relation().equals("case") && Set.of("par", "by").contains(Folding.fold(k.word())));
  }

  /** The direct object: the object of an active verb, the subject of a passive one. */
  List<Token> objects(Token verb) {
    String wanted = isPassive(verb) ? "nsubj:pass" : "obj";
    return sentence.children(verb.index()).stream().filter(c -> c.relation().equals(wanted)).toList();
  }

  /**
   * Phrases introduced by {@code preposition} within the verb's clause (not inside a subject):
   * on the verb itself or on its objects' complements, nearest first.
   */
  List<Token> introducedBy(Token verb, String preposition, List<Token> exclude) {
    List<Token> out = new ArrayList<>();
    for (Token t : sentence.tokens()) {
      if (t.index() == verb.index() || !inClause(verb, t, exclude)) {
        continue;
      }
      for (Token c : sentence.children(t.index())) {
        if ((c.relation().equals("case") || c.relation().equals("mark")) && marks(c, preposition)) {
          out.add(t);
          break;
        }
      }
    }
    return out;
  }

  private boolean marks(Token caseWord, String preposition) {
    if (String.join(" ", Folding.pieces(caseWord.word())).equals(preposition)
        || Folding.fold(caseWord.lemma()).equals(preposition)) {
      return true;
    }
    return sentence.children(caseWord.index()).stream()
        .anyMatch(f -> f.relation().equals("fixed") && Folding.fold(f.word()).equals(preposition));
  }

  /** Whether {@code t} belongs to the verb's clause and not to one of {@code exclude}'s subtrees. */
  boolean inClause(Token verb, Token t, List<Token> exclude) {
    if (!sentence.dominates(verb.index(), t.index())) {
      return false;
    }
    for (Token x : exclude) {
      // a subject that governs the verb (a relative clause on it) does not fence the clause off
      if (!sentence.dominates(x.index(), verb.index()) && sentence.dominates(x.index(), t.index())) {
        return false;
      }
    }
    // a nested finite clause is another clause
    int current = t.index();
    while (current != verb.index() && current >= 0) {
      Token c = token(current);
      if (c.relation().equals("acl:relcl") || relation(c).equals("ccomp") || relation(c).equals("parataxis")) {
        return false;
      }
      current = c.head();
    }
    return true;
  }

  /**
   * The nearest verb that governs {@code verb} through a complement clause ("a exigé que la Russie
   * retire", "refuse de rencontrer"), or null.
   */
  Token governingVerb(Token verb) {
    Token current = verb;
    for (int depth = 0; depth < 3 && current.head() >= 0; depth++) {
      String r = relation(current);
      if (!r.equals("xcomp") && !r.equals("ccomp")) {
        return null;
      }
      current = token(current.head());
      if (current.isVerb()) {
        return current;
      }
    }
    return null;
  }

  boolean isReflexive(Token verb) {
    return sentence.children(verb.index()).stream()
        .anyMatch(c -> (c.relation().startsWith("expl") || relation(c).equals("obj") || relation(c).equals("iobj"))
            && REFLEXIVE.contains(Folding.fold(c.word()).replace("'", "")));
  }

  /**
   * Negated itself ("n'a pas condamné", "aucun pays n'a condamné": a "ne" without a restrictive
   * "que"), or under a negated verb it completes ("n'a pas voulu condamner").
   */
  boolean isNegated(Token verb) {
    Token current = verb;
    for (int depth = 0; depth < 3 && current != null; depth++) {
      for (Token c : sentence.children(current.index())) {
        if (patterns.isNegation(Folding.fold(c.lemma())) || patterns.isNegation(Folding.fold(c.word()))
            || (Folding.fold(c.word()).replace("'", "").equals("n") || Folding.fold(c.word()).equals("ne"))
                && !restrictive(current)) {
          return true;
        }
      }
      if (current.head() < 0 || !relation(current).equals("xcomp")) {
        return false;
      }
      current = token(current.head());
    }
    return false;
  }

  /** "ne ... que" restricts rather than negates. */
  private boolean restrictive(Token verb) {
    for (int i = verb.index() + 1; i < Math.min(sentence.tokens().size(), verb.index() + 6); i++) {
      if (Folding.fold(sentence.tokens().get(i).word()).equals("que")) {
        return true;
      }
    }
    return false;
  }

  /** Under an intention or future marker: "va rencontrer", "prêts à proposer", "veut aider". */
  boolean isIntent(Token verb) {
    for (Token c : sentence.children(verb.index())) {
      if (relation(c).equals("aux") && patterns.isIntent(Folding.fold(c.lemma()))) {
        return true;
      }
    }
    Token current = verb;
    for (int depth = 0; depth < 2 && current.head() >= 0; depth++) {
      String r = relation(current);
      if (!r.equals("xcomp") && !r.equals("acl")) {
        return false;
      }
      current = token(current.head());
      if (patterns.isIntent(Folding.fold(current.lemma()))) {
        return true;
      }
    }
    return false;
  }
}
