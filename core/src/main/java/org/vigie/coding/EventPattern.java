package org.vigie.coding;

import java.util.List;
import java.util.Set;

/**
 * One line of {@code verbs.txt} or {@code nouns.txt}: a trigger lemma, the words that must come
 * with it, and where the target is.
 *
 * @param code CAMEO event code
 * @param trigger folded lemma of the verb or noun
 * @param noun whether the trigger is a noun
 * @param words folded lemmas that must follow the trigger in its clause, each with alternatives
 * @param reflexive whether the verb must be reflexive (se rendre)
 * @param target whether the pattern names a target slot
 * @param preposition the folded preposition that introduces the target, or null for the object
 * @param text the pattern as written, for evidence
 * @param origin {@code file:line}
 */
public record EventPattern(
    String code,
    String trigger,
    boolean noun,
    List<Set<String>> words,
    boolean reflexive,
    boolean target,
    String preposition,
    String text,
    String origin) {

  public EventPattern {
    words = List.copyOf(words);
  }

  /** How specific the pattern is: more required words win over fewer. */
  public int weight() {
    return words.size() * 2 + (target ? 1 : 0) + (preposition != null ? 1 : 0) + (reflexive ? 1 : 0);
  }
}
