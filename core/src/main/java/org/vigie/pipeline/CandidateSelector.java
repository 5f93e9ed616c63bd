package org.vigie.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.vigie.actors.Entry;
import org.vigie.actors.NameMatcher;
import org.vigie.coding.PatternDictionary;
import org.vigie.nlp.Folding;
import org.vigie.nlp.SentenceSelector;

/**
 * Accepts a sentence for parsing only when it has a word that may trigger a pattern and a name or
 * reference that an actor can come from, more than a bare role word (a country, a name, a
 * reference: "les habitants" and "la presse" alone rarely make events): the parser is the slow step, and most sentences
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
    // one named actor may be enough: "Doha a dénoncé ces mesures" targets an earlier act's author
    for (NameMatcher.Hit hit : names.findAll(pieces)) {
      if (!hit.has(Entry.Type.ROLE)) {
        return true;
      }
    }
    return false;
  }
}
