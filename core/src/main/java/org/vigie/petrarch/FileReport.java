package org.vigie.petrarch;

import java.util.List;
import java.util.Map;

/**
 * What one PETRARCH file gave: how its lines were read, what its entries became in Vigie's model,
 * and which entries could not be carried over.
 *
 * @param kind {@code verbs}, {@code actors}, {@code agents}, {@code discards}, {@code issues} or
 *     {@code prepositions}
 * @param lines how the lines were read
 * @param loaded counts of what was loaded, in reading order ({@code patterns}, {@code people}...)
 * @param notRepresentable entries read but not converted, each with its reason
 * @param approximated entries converted with a loss, each with what was lost
 */
public record FileReport(
    String kind,
    LineAccount lines,
    Map<String, Integer> loaded,
    List<LineIssue> notRepresentable,
    List<LineIssue> approximated) {

  public FileReport {
    loaded = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(loaded));
    notRepresentable = List.copyOf(notRepresentable);
    approximated = List.copyOf(approximated);
  }

  public String file() {
    return lines.file();
  }

  /** A count of {@link #loaded}, 0 when absent. */
  public int count(String what) {
    return loaded.getOrDefault(what, 0);
  }
}
