package org.vigie.petrarch;

import java.util.List;

/** A PETRARCH verb dictionary as read, and how its lines were read. */
public record VerbFile(
    List<Synset> synsets,
    List<VerbBlock> blocks,
    List<Transformation> transformations,
    LineAccount lines) {

  public VerbFile {
    synsets = List.copyOf(synsets);
    blocks = List.copyOf(blocks);
    transformations = List.copyOf(transformations);
  }
}
