package org.vigie.petrarch;

import java.util.List;

/** One element of a PETRARCH verb pattern. */
public sealed interface PatternItem {

  /** A word, or words joined by {@code _} that must follow each other ({@code DEBT_RELIEF}). */
  record Word(List<String> words) implements PatternItem {
    public Word {
      words = List.copyOf(words);
    }
  }

  /** A synonym set named by its label ({@code &WEAPON}). */
  record SynsetRef(String name) implements PatternItem {}

  /**
   * A prepositional phrase {@code (TO BORDER)}, the preposition first, or a noun phrase {@code
   * {ARMS SHIPMENT}}, its head last.
   */
  record Group(boolean prepositional, List<PatternItem> items) implements PatternItem {
    public Group {
      items = List.copyOf(items);
    }
  }

  /** A slot: {@code +} target, {@code $} source, {@code ^} skipped phrase, {@code %} compound. */
  record Slot(char symbol) implements PatternItem {}
}
