package org.vigie.petrarch;

/**
 * The code of a verb or pattern, {@code [190]}, or a pair {@code [042:043]}: the first from the
 * source to the target, the second from the target back to the source (a visit and its hosting);
 * either may be absent ({@code [:173]}). PETRARCH's null code {@code ---} means no event.
 *
 * @param forward the code of the event from source to target, or null
 * @param reverse the code of the event from target to source, or null
 */
public record EventCodes(String forward, String reverse) {

  /** {@code [---]}: no event. */
  public static final EventCodes NONE = new EventCodes(null, null);

  /** Reads the inside of the brackets; throws with a reason when malformed. */
  static EventCodes parse(String inside) {
    String s = inside.strip();
    int colon = s.indexOf(':');
    if (colon < 0) {
      return new EventCodes(code(s), null);
    }
    if (s.indexOf(':', colon + 1) >= 0) {
      throw new IllegalArgumentException("more than one ':' in code [" + s + "]");
    }
    return new EventCodes(code(s.substring(0, colon)), code(s.substring(colon + 1)));
  }

  private static String code(String s) {
    String c = s.strip();
    if (c.isEmpty() || c.equals("---")) {
      return null;
    }
    if (!c.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("not a CAMEO event code: '" + c + "'");
    }
    return c;
  }

  @Override
  public String toString() {
    String f = forward == null ? "---" : forward;
    return reverse == null ? "[" + f + "]" : "[" + (forward == null ? "" : f) + ":" + reverse + "]";
  }
}
