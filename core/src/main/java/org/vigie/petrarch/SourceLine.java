package org.vigie.petrarch;

/**
 * One line of a PETRARCH file with its comments removed and trailing blanks trimmed; leading blanks
 * are kept, since a TAB starts an actor's date restriction.
 */
record SourceLine(String file, int number, String text) {

  Origin origin() {
    return new Origin(file, number);
  }

  boolean blank() {
    return text.isBlank();
  }

  /** The text without leading blanks. */
  String content() {
    return text.strip();
  }
}
