package org.vigie.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits raw text into paragraphs and normalises their characters: control characters other than
 * TAB removed (and a stray byte-order mark), non-breaking spaces turned into plain spaces one for
 * one, Unicode NFC, surrounding white space trimmed. Blank paragraphs are dropped.
 */
final class ParagraphSplitter {

  /** CR LF, LF, CR, and the Unicode line and paragraph separators (NEL, LS, PS). */
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u0085\u2028\u2029]");

  private ParagraphSplitter() {}

  /** The non-blank paragraphs of {@code raw}, in order, normalised. */
  static List<String> split(String raw) {
    List<String> out = new ArrayList<>();
    for (String line : LINE_BREAK.split(raw, -1)) {
      String paragraph = normalise(line);
      if (!paragraph.isEmpty()) {
        out.add(paragraph);
      }
    }
    return out;
  }

  /** One line's characters normalised and trimmed. */
  static String normalise(String line) {
    String text = Normalizer.normalize(replaceCharacters(line), Normalizer.Form.NFC);
    return text.strip();
  }

  /**
   * Non-breaking spaces become spaces (same length, so this step moves no offset); control
   * characters are removed. Done before NFC so that a removed character cannot keep a letter and
   * its accent apart.
   */
  private static String replaceCharacters(String line) {
    StringBuilder out = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean space = isNoBreakSpace(c);
      boolean drop = !space && isRemoved(c);
      if ((space || drop) && out == null) {
        out = new StringBuilder(line.length()).append(line, 0, i);
      }
      if (out != null && !drop) {
        out.append(space ? ' ' : c);
      }
    }
    return out == null ? line : out.toString();
  }

  private static boolean isNoBreakSpace(char c) {
    return c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  private static boolean isRemoved(char c) {
    return (Character.getType(c) == Character.CONTROL && c != '\t') || c == '\uFEFF';
  }
}
