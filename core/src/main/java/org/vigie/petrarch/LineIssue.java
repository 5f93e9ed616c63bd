package org.vigie.petrarch;

/** A line that was skipped, or an entry that could not be converted, and why. */
public record LineIssue(Origin at, String reason) {

  @Override
  public String toString() {
    return at + ": " + reason;
  }
}
