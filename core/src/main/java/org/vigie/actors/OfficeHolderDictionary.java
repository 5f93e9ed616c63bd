package org.vigie.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Date-bounded codes of people: Kerry is USAGOV from 2013-02-01 to 2017-01-20. */
public final class OfficeHolderDictionary {

  private final Map<String, List<OfficeTerm>> terms;

  public OfficeHolderDictionary(List<OfficeTerm> all) {
    Map<String, List<OfficeTerm>> byPerson = new LinkedHashMap<>();
    for (OfficeTerm t : all) {
      byPerson.computeIfAbsent(t.person(), k -> new ArrayList<>()).add(t);
    }
    byPerson.replaceAll((k, v) -> List.copyOf(v));
    this.terms = Map.copyOf(byPerson);
  }

  /**
   * The code of {@code person} on {@code date}: the term that covers the date, else only the
   * country of the nearest term (a former minister is still of his country, not its government).
   */
  public Optional<String> codeOn(String person, LocalDate date) {
    List<OfficeTerm> list = terms.getOrDefault(person, List.of());
    if (list.isEmpty()) {
      return Optional.empty();
    }
    for (OfficeTerm t : list) {
      if (t.covers(date)) {
        return Optional.of(t.code());
      }
    }
    OfficeTerm nearest = list.stream().min(Comparator.comparingLong(t -> t.distance(date))).get();
    return Optional.of(nearest.code().substring(0, Math.min(3, nearest.code().length())));
  }

  /** Whether {@code person} held a coded office on {@code date}. */
  public boolean inOffice(String person, LocalDate date) {
    return terms.getOrDefault(person, List.of()).stream().anyMatch(t -> t.covers(date));
  }

  public int size() {
    return terms.values().stream().mapToInt(List::size).sum();
  }
}
