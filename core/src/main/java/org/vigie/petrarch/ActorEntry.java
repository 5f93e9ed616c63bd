package org.vigie.petrarch;

import java.util.List;

/**
 * One record of a PETRARCH actor dictionary: a primary phrase, its {@code +} synonyms, and its
 * codes (on the primary line and on the TAB-indented restriction lines that follow).
 *
 * @param names the phrases, primary first, words separated by single spaces ({@code JOHN KERRY})
 * @param codes the codes in the order written
 * @param origin the primary line
 */
public record ActorEntry(List<String> names, List<DatedCode> codes, Origin origin) {

  public ActorEntry {
    names = List.copyOf(names);
    codes = List.copyOf(codes);
  }
}
