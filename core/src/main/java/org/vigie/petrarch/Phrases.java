package org.vigie.petrarch;

import java.util.Locale;

/** Phrases as PETRARCH writes them: words joined by {@code _} or blanks, a final {@code _}. */
final class Phrases {

  private Phrases() {}

  /** {@code JOHN_KERRY_} → {@code JOHN KERRY}: underscores to single spaces, trimmed. */
  static String words(String phrase) {
    return phrase.replace('_', ' ').strip().replaceAll("\\s+", " ");
  }

  /** Why a phrase cannot be a name, or null: control characters are damaged text. */
  static String problem(String phrase) {
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (Character.isISOControl(c)) {
        return String.format("control character U+%04X in '%s'", (int) c, phrase.replace(c, '?'));
      }
      if (c == '[' || c == ']' || c == '{' || c == '}') {
        return "unexpected '" + c + "' in '" + phrase + "'";
      }
    }
    return null;
  }

  /** {@code JOHN KERRY} → {@code John Kerry}, for display. */
  static String title(String words) {
    StringBuilder out = new StringBuilder(words.length());
    boolean start = true;
    for (char c : words.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-';
    }
    return out.toString();
  }
}
