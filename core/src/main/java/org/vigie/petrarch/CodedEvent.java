package org.vigie.petrarch;

/** An event as a validation file states it: source code, target code, CAMEO event code. */
public record CodedEvent(String source, String target, String code) {

  @Override
  public String toString() {
    return source + " " + target + " " + code;
  }
}
