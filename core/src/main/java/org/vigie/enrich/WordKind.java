package org.vigie.enrich;

import java.util.Set;

/**
 * What a line of a date word list declares: the first column of {@code dates-fr.tsv}, with the
 * values its second column may take. The file header documents each kind.
 */
enum WordKind {
  WEEKDAY("weekday", 1, 7),
  MONTH("month", 1, 12),
  DAY_SUFFIX("day-suffix"),
  ORDINAL_DAY("ordinal-day", 1, 31),
  NUMBER("number", 1, 999),
  UNIT("unit", Set.of("day", "week", "month", "year")),
  PERIOD("period", Set.of("week", "month", "year")),
  DAY_OFFSET("day-offset", -7, 7),
  NEAR_DAY("near-day", -7, 7),
  ANCHOR("anchor"),
  DAYPART("daypart"),
  THIS("this", Positions.BOTH),
  LAST("last", Positions.BOTH),
  NEXT("next", Positions.BOTH),
  THAT("that"),
  AGO("ago", Positions.BOTH),
  QUALIFIER("qualifier", Set.of("since", "until", "early", "mid", "late", "about")),
  CUE("cue"),
  ARTICLE("article"),
  LINK("link"),
  RANGE_FROM("range-from"),
  RANGE_TO("range-to");

  /** Where a modifier stands: before or after the word it modifies. */
  static final class Positions {
    static final String BEFORE = "before";
    static final String AFTER = "after";
    static final Set<String> BOTH = Set.of(BEFORE, AFTER);

    private Positions() {}
  }

  private final String label;
  private final Set<String> names;
  private final int min;
  private final int max;

  WordKind(String label) {
    this(label, Set.of("-"), 0, 0);
  }

  WordKind(String label, Set<String> names) {
    this(label, names, 0, 0);
  }

  WordKind(String label, int min, int max) {
    this(label, null, min, max);
  }

  WordKind(String label, Set<String> names, int min, int max) {
    this.label = label;
    this.names = names;
    this.min = min;
    this.max = max;
  }

  /**
   * Whether a date expression can begin with a word of this kind (a modifier only when it stands
   * before its word). Suffixes, units, links and the like only follow other words.
   */
  boolean opens() {
    return switch (this) {
      case DAY_SUFFIX, UNIT, DAYPART, ANCHOR, THAT, LINK, RANGE_TO -> false;
      default -> true;
    };
  }

  /** The name used in the word files. */
  String label() {
    return label;
  }

  /** Why {@code value} is not allowed for this kind, or null when it is. */
  String checkValue(String value) {
    if (names != null) {
      return names.contains(value) ? null : label + " value must be one of " + describe(names);
    }
    try {
      int n = Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
      return n >= min && n <= max ? null : label + " value must be " + min + ".." + max;
    } catch (NumberFormatException e) {
      return label + " value must be a whole number " + min + ".." + max;
    }
  }

  static WordKind byLabel(String label) {
    for (WordKind k : values()) {
      if (k.label.equals(label)) {
        return k;
      }
    }
    return null;
  }

  private static String describe(Set<String> names) {
    return names.size() == 1
        ? names.iterator().next()
        : String.join(" | ", names.stream().sorted().toList());
  }
}
