package org.vigie.petrarch;

import java.util.List;

/**
 * A verb block: synonymous verbs and the patterns they share, under a header {@code --- NAME [CODE]
 * ---} whose code is the default of the verbs that have none of their own.
 *
 * @param name the header's name, or the first verb for a block without header
 * @param codes the block's default code ({@link EventCodes#NONE} for {@code [---]})
 * @param verbs the verbs
 * @param patterns the patterns
 * @param origin the header's line, or the first verb's
 */
public record VerbBlock(
    String name, EventCodes codes, List<Verb> verbs, List<VerbPattern> patterns, Origin origin) {

  public VerbBlock {
    verbs = List.copyOf(verbs);
    patterns = List.copyOf(patterns);
  }
}
