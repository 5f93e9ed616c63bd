package org.vigie.actors;

import java.util.List;

/** A state from {@code countries.tsv}. */
public record Country(
    String code,
    List<String> names,
    List<String> adjectives,
    List<String> inhabitants,
    List<String> capitals,
    double lat,
    double lon) {

  public Country {
    names = List.copyOf(names);
    adjectives = List.copyOf(adjectives);
    inhabitants = List.copyOf(inhabitants);
    capitals = List.copyOf(capitals);
  }

  public String name() {
    return names.get(0);
  }
}
