package org.vigie.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.vigie.nlp.Folding;

/**
 * Finds dictionary names in a sequence of folded word pieces (see {@link Folding}), longest
 * match first. Immutable once built; thread-safe.
 */
public final class NameMatcher {

  /** Names found: pieces {@code [first, last]} and what they stand for. */
  public record Hit(int first, int last, List<Entry> entries) {

    public Entry entry(Entry.Type type) {
      return entries.stream().filter(e -> e.type() == type).findFirst().orElse(null);
    }

    public boolean has(Entry.Type type) {
      return entry(type) != null;
    }
  }

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    final List<Entry> entries = new ArrayList<>(1);
  }

  private final Node root = new Node();
  private int names;

  /** Adds a name; called only while building. */
  void add(String name, Entry entry) {
    List<String> pieces = Folding.pieces(name);
    if (pieces.isEmpty()) {
      return;
    }
    Node node = root;
    for (String p : pieces) {
      node = node.next.computeIfAbsent(p, k -> new Node());
    }
    if (!node.entries.contains(entry)) {
      node.entries.add(entry);
      names++;
    }
  }

  public int size() {
    return names;
  }

  /** Whether {@code piece} can start a name: a cheap test for the sentence selector. */
  public boolean startsName(String piece) {
    return root.next.containsKey(piece);
  }

  /** Every name in {@code pieces}, scanning left to right and taking the longest at each place. */
  public List<Hit> findAll(List<String> pieces) {
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < pieces.size()) {
      Hit hit = longestAt(pieces, i, e -> true);
      if (hit == null) {
        i++;
      } else {
        hits.add(hit);
        i = hit.last() + 1;
      }
    }
    return hits;
  }

  /** The longest name starting at {@code start} with an entry accepted by {@code filter}. */
  public Hit longestAt(List<String> pieces, int start, Predicate<Entry> filter) {
    Node node = root;
    Hit best = null;
    for (int i = start; i < pieces.size(); i++) {
      node = node.next.get(pieces.get(i));
      if (node == null) {
        break;
      }
      List<Entry> accepted = node.entries.stream().filter(filter).toList();
      if (!accepted.isEmpty()) {
        best = new Hit(start, i, accepted);
      }
    }
    return best;
  }
}
