package org.vigie.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.model.Sentence;
import org.vigie.model.Token;
import org.vigie.nlp.Folding;

/** Matches the patterns of a trigger against its clause and keeps the most specific match. */
final class PatternMatcher {

  private final Sentence sentence;
  private final ClauseReader clause;

  PatternMatcher(Sentence sentence, ClauseReader clause) {
    this.sentence = sentence;
    this.clause = clause;
  }

  /** The best-matching pattern for {@code trigger}, or null. */
  Match best(Token trigger, List<EventPattern> candidates, List<Token> subjects) {
    Match best = null;
    for (EventPattern p : candidates) {
      Match m = match(p, trigger, subjects);
      if (m != null && (best == null || p.weight() > best.pattern().weight())) {
        best = m;
      }
    }
    return best;
  }

  private Match match(EventPattern p, Token trigger, List<Token> subjects) {
    if (p.reflexive() && !clause.isReflexive(trigger)) {
      return null;
    }
    List<Token> words = new ArrayList<>();
    int from = trigger.index() + 1;
    for (Set<String> alternatives : p.words()) {
      Token found = find(trigger, alternatives, from, subjects);
      if (found == null) {
        return null;
      }
      words.add(found);
      from = found.index() + 1;
    }
    List<Token> targets = List.of();
    if (p.target()) {
      targets = p.preposition() == null
          ? clause.objects(trigger)
          : clause.introducedBy(trigger, p.preposition(), subjects);
      if (targets.isEmpty() && (p.preposition() != null || !clause.isReflexive(trigger))) {
        return null;
      }
    }
    return new Match(p, trigger, words, targets);
  }

  /** A word matches on its lemma, its form, or its pieces ("cessez-le-feu", "accord-cadre"). */
  static boolean matchesWord(Token t, Set<String> alternatives) {
    if (alternatives.contains(Folding.fold(t.lemma())) || alternatives.contains(Folding.fold(t.word()))) {
      return true;
    }
    List<String> pieces = Folding.pieces(t.word());
    return pieces.size() > 1 && (alternatives.contains(String.join(" ", pieces)) || alternatives.contains(pieces.get(0)));
  }

  private Token find(Token trigger, Set<String> alternatives, int from, List<Token> subjects) {
    for (int i = from; i < sentence.tokens().size(); i++) {
      Token t = sentence.tokens().get(i);
      if (matchesWord(t, alternatives) && clause.inClause(trigger, t, subjects)) {
        return t;
      }
    }
    return null;
  }
}
