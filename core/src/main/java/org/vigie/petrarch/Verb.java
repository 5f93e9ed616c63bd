package org.vigie.petrarch;

import java.util.List;
import java.util.Locale;

/**
 * One verb of a verb block: {@code ATTACK}, {@code HURRY {HURRIES HURRYING HURRIED}}, or a phrasal
 * verb {@code +CALL_OFF [160]} whose {@code +} marks the verb.
 *
 * @param words the words, upper case as written ({@code [CALL, OFF]})
 * @param verbIndex which word is the verb
 * @param forms the irregular forms written in {@code {...}}
 * @param codes the verb's own code, or null when it takes the block's
 * @param origin where it was read
 */
public record Verb(
    List<String> words, int verbIndex, List<String> forms, EventCodes codes, Origin origin) {

  public Verb {
    words = List.copyOf(words);
    forms = List.copyOf(forms);
  }

  /** The verb word, lower case: the lemma a pattern is triggered by. */
  public String lemma() {
    return words.get(verbIndex).toLowerCase(Locale.ROOT);
  }
}
