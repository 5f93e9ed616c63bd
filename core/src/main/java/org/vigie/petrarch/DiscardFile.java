package org.vigie.petrarch;

import java.util.List;

/** The phrases of one discard list and how its lines were read. */
public record DiscardFile(List<Discard> discards, LineAccount lines) {

  public DiscardFile {
    discards = List.copyOf(discards);
  }
}
