package org.vigie.petrarch;

import java.util.List;

/** The records of one actor dictionary and how its lines were read. */
public record ActorFile(List<ActorEntry> entries, LineAccount lines) {

  public ActorFile {
    entries = List.copyOf(entries);
  }
}
