package org.vigie.clean;

import java.util.List;

/**
 * One meaningful line of a rule file, comment removed, split on TABs.
 *
 * @param file file name, for messages
 * @param number line number, from 1
 * @param columns the TAB-separated columns, trimmed, trailing empty ones dropped
 */
record RuleLine(String file, int number, List<String> columns) {

  RuleLine {
    columns = List.copyOf(columns);
  }

  /** Column {@code i}, failing with {@code file:line: reason} when absent or blank. */
  String required(int i, String name) {
    if (i >= columns.size() || columns.get(i).isEmpty()) {
      throw error("missing column " + (i + 1) + " (" + name + ")");
    }
    return columns.get(i);
  }

  /** Fails when the line has more than {@code n} columns (usually a stray TAB). */
  void atMost(int n) {
    if (columns.size() > n) {
      throw error("expected at most " + n + " TAB-separated columns, found " + columns.size());
    }
  }

  CleanRulesException error(String reason) {
    return CleanRulesException.at(file, number, reason);
  }
}
