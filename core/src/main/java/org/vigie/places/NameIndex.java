package org.vigie.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.nlp.Folding;

/**
 * Gazetteer names by their folded pieces ({@code Deir ez-Zor} → {@code deir ez zor}), for
 * longest-first matching on a sentence's words. Built once, then read-only.
 */
final class NameIndex {

  /** The places of one folded name; {@code lowerStart} when a spelling begins in lower case. */
  record Names(List<Toponym> places, boolean lowerStart) {}

  /** A name found at some piece: how many pieces it spans, and its places. */
  record Found(int length, Names names) {}

  private final Map<String, Names> byName;
  private final int longest;

  private NameIndex(Map<String, Names> byName, int longest) {
    this.byName = byName;
    this.longest = longest;
  }

  /** The places of a folded key ({@code deir ez zor}), or null. */
  Names get(String key) {
    return byName.get(key);
  }

  /** The longest name that starts at {@code pieces[from]}, or null. */
  Found longestAt(List<String> pieces, int from) {
    int max = Math.min(longest, pieces.size() - from);
    for (int n = max; n >= 1; n--) {
      Names names = byName.get(String.join(" ", pieces.subList(from, from + n)));
      if (names != null) {
        return new Found(n, names);
      }
    }
    return null;
  }

  static String key(String name) {
    return String.join(" ", Folding.pieces(name));
  }

  /** Collects names; not thread-safe, {@link #build} once. */
  static final class Builder {
    private final Map<String, List<Toponym>> places = new HashMap<>();
    private final Map<String, Boolean> lowerStart = new HashMap<>();
    private int longest;

    void add(String name, Toponym place) {
      String key = key(name);
      if (key.isEmpty()) {
        return;
      }
      List<Toponym> list = places.computeIfAbsent(key, k -> new ArrayList<>(1));
      if (!list.contains(place)) {
        list.add(place);
      }
      lowerStart.merge(key, Character.isLowerCase(name.codePointAt(0)), Boolean::logicalOr);
      longest = Math.max(longest, Folding.pieces(name).size());
    }

    NameIndex build() {
      Map<String, Names> out = new HashMap<>(places.size() * 2);
      places.forEach((k, v) -> out.put(k, new Names(List.copyOf(v), lowerStart.get(k))));
      return new NameIndex(out, longest);
    }
  }
}
