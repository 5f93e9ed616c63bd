package org.vigie.petrarch;

import java.util.List;

/**
 * One pattern line of a verb block, {@code - * (TO BORDER) [154]}: what must stand before and after
 * the verb ({@code *}), and its code.
 *
 * @param before the items before the verb
 * @param after the items after the verb
 * @param codes the pattern's code
 * @param text the pattern as written, without its leading {@code -} and its code
 * @param origin where it was read
 */
public record VerbPattern(
    List<PatternItem> before,
    List<PatternItem> after,
    EventCodes codes,
    String text,
    Origin origin) {

  public VerbPattern {
    before = List.copyOf(before);
    after = List.copyOf(after);
  }
}
