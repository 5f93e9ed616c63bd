package org.vigie.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.vigie.actors.Entry;
import org.vigie.actors.NameMatcher;
import org.vigie.coding.PatternDictionary;
import org.vigie.nlp.Folding;
import org.vigie.nlp.SentenceSelector;

/**
 * Accepts a sentence for parsing only when it has a word that may trigger a pattern and at least
 * two names or references that actors can come from (an event needs a source and a distinct
 * target; "les deux ministres" counts for two), one of them more than a bare role word (a
 * country, a name, a reference: "les habitants" and "la presse" alone rarely make events): the parser is the slow step, and most sentences
 * of an article hold no event.
 */
final class CandidateSelector implements SentenceSelector {

  private final PatternDictionary patterns;
  private final NameMatcher names;

  CandidateSelector(PatternDictionary patterns, NameMatcher names) {
    this.patterns = patterns;
    this.names = names;
  }

  @Override
  public boolean worthParsing(List<RawToken> tokens) {
    boolean trigger = false;
    for (RawToken t : tokens) {
      for (String lemma : t.lemmas()) {
        if (patterns.isTrigger(Folding.fold(lemma))) {
          trigger = true;
          break;
        }
      }
      if (trigger) {
        break;
      }
    }
    if (!trigger) {
      return false;
    }
    List<String> pieces = new ArrayList<>();
    for (RawToken t : tokens) {
      pieces.addAll(Folding.pieces(t.word()));
    }
    int actors = 0;
    boolean named = false;
    for (NameMatcher.Hit hit : names.findAll(pieces)) {
      Entry reference = hit.entry(Entry.Type.REFERENCE);
      actors += reference != null && !reference.detail().equals("person") && !reference.detail().equals("group") ? 2 : 1;
      named |= !hit.has(Entry.Type.ROLE);
      if (actors >= 2 && named) {
        return true;
      }
    }
    return false;
  }
}
