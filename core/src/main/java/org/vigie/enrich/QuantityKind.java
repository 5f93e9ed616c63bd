package org.vigie.enrich;

import java.util.Set;

/**
 * What a line of a quantity word list declares: the first column of {@code quantities-fr.tsv},
 * whose header documents each kind.
 */
enum QuantityKind implements PhraseKind {
  NUMBER("number"),
  HUNDRED("hundred"),
  SCALE("scale"),
  ALONE("alone"),
  COLLECTIVE("collective"),
  ARTICLE("article"),
  JOINER("joiner"),
  OF("of"),
  QUALIFIER("qualifier"),
  COUNTED("counted"),
  ACTION("action"),
  FILLER("filler"),
  MEASURE("measure"),
  LABEL("label");

  /** The qualifiers a count may carry, as written in the files and in {@code Quantity}. */
  static final Set<String> QUALIFIERS =
      Set.of("more than", "less than", "about", "at least", "nearly", "up to");

  private final String label;

  QuantityKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Whether the value of a line of this kind is a number. */
  boolean hasNumber() {
    return this == NUMBER || this == HUNDRED || this == SCALE || this == COLLECTIVE;
  }

  @Override
  public String checkValue(String value) {
    if (hasNumber()) {
      try {
        return Long.parseLong(value) > 0 ? null : label + " value must be a positive number";
      } catch (NumberFormatException e) {
        return label + " value must be a positive number";
      }
    }
    return switch (this) {
      case QUALIFIER ->
          QUALIFIERS.contains(value)
              ? null
              : "qualifier value must be one of "
                  + String.join(" | ", QUALIFIERS.stream().sorted().toList());
      case COUNTED, ACTION -> null; // checked against quantity-kinds.tsv by QuantityWords
      default -> value.equals("-") ? null : label + " value must be -";
    };
  }
}
