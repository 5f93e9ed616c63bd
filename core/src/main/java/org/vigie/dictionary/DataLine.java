package org.vigie.dictionary;

import java.util.Arrays;
import java.util.List;

/**
 * One meaningful line of a data file, comment removed, split on TABs.
 *
 * @param file file name, for messages
 * @param number line number, from 1
 * @param columns the TAB-separated columns, trimmed
 */
public record DataLine(String file, int number, List<String> columns) {

  public DataLine {
    columns = List.copyOf(columns);
  }

  /** Column {@code i}, failing with {@code file:line: reason} when absent or blank. */
  public String required(int i, String name) {
    if (i >= columns.size() || columns.get(i).isEmpty()) {
      throw error("missing column " + (i + 1) + " (" + name + ")");
    }
    return columns.get(i);
  }

  /** Column {@code i}, or the empty string when absent. */
  public String optional(int i) {
    return i < columns.size() ? columns.get(i) : "";
  }

  /** The {@code |}-separated values of column {@code i}, blanks dropped. */
  public List<String> values(int i) {
    return Arrays.stream(optional(i).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public DictionaryException error(String reason) {
    return DictionaryException.at(file, number, reason);
  }
}
