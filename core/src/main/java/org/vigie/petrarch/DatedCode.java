package org.vigie.petrarch;

import java.time.LocalDate;

/**
 * One code of an actor, with the dates it applies between (both included). PETRARCH writes {@code
 * [USAGOV >130201]} (from 2013-02-01), {@code [USAGOV <130201]} (until), {@code [USAGOV
 * 090121-130201]} (between) and {@code [USAGOV]} (the default, when no dated code applies).
 *
 * @param code the CAMEO code, or null for PETRARCH's null code {@code ---}
 * @param from first day, or null when open
 * @param to last day, or null when open
 */
public record DatedCode(String code, LocalDate from, LocalDate to) {

  /** Whether this is the undated default code. */
  public boolean isDefault() {
    return from == null && to == null;
  }

  @Override
  public String toString() {
    String c = code == null ? "---" : code;
    if (isDefault()) {
      return c;
    }
    if (from == null) {
      return c + " <" + to;
    }
    return to == null ? c + " >" + from : c + " " + from + "-" + to;
  }
}
