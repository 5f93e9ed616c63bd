package org.vigie.petrarch;

/** Where an entry was read: a file name and a line number from 1. Prints as {@code file:line}. */
public record Origin(String file, int line) {

  /** A problem with this line, printed as {@code file:line: reason}. */
  public LineIssue issue(String reason) {
    return new LineIssue(this, reason);
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
