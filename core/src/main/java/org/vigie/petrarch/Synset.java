package org.vigie.petrarch;

import java.util.List;

/**
 * A synonym set of the verb dictionary ({@code &CURRENCY}): the phrases that may stand where the
 * set is named in a pattern.
 *
 * @param name the label with its {@code &}
 * @param phrases every phrase, words separated by spaces, regular plurals added as documented (none
 *     when the phrase or the label ends with {@code _})
 * @param origin the label's line
 */
public record Synset(String name, List<String> phrases, Origin origin) {

  public Synset {
    phrases = List.copyOf(phrases);
  }
}
