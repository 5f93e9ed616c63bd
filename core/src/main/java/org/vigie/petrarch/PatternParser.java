package org.vigie.petrarch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Parses the pattern lines of a verb dictionary: {@code - [items] * [items] [CODE]}, where items
 * are words, {@code &SYNSETS}, {@code (prepositional phrases)}, {@code {noun phrases}} and the
 * slots {@code + $ ^ %}. Throws {@link IllegalArgumentException} with the reason for a line that
 * cannot be read.
 */
final class PatternParser {

  private PatternParser() {}

  /**
   * @param content the line without leading blanks, starting with {@code -}
   */
  static VerbPattern parse(String content, Origin origin) {
    String body = content.substring(1);
    int open = body.lastIndexOf('[');
    int close = body.lastIndexOf(']');
    if (open < 0 || close < open) {
      throw new IllegalArgumentException("no code [CODE] at the end of the pattern");
    }
    if (!body.substring(close + 1).isBlank()) {
      throw new IllegalArgumentException(
          "unexpected text after the code: '" + body.substring(close + 1).strip() + "'");
    }
    EventCodes codes = EventCodes.parse(body.substring(open + 1, close));
    String text = body.substring(0, open).strip();
    List<PatternItem> before = new ArrayList<>();
    List<PatternItem> after = new ArrayList<>();
    boolean verbSeen = false;
    Deque<Frame> stack = new ArrayDeque<>();
    for (String token : tokens(text)) {
      List<PatternItem> target = stack.isEmpty() ? (verbSeen ? after : before) : stack.peek().items;
      switch (token) {
        case "*" -> {
          if (!stack.isEmpty()) {
            throw new IllegalArgumentException("the verb '*' inside a phrase");
          }
          if (verbSeen) {
            throw new IllegalArgumentException("more than one verb '*'");
          }
          verbSeen = true;
        }
        case "(", "{" -> stack.push(new Frame(token.equals("(")));
        case ")", "}" -> {
          if (stack.isEmpty() || stack.peek().prepositional != token.equals(")")) {
            throw new IllegalArgumentException("unbalanced '" + token + "'");
          }
          Frame f = stack.pop();
          List<PatternItem> into =
              stack.isEmpty() ? (verbSeen ? after : before) : stack.peek().items;
          into.add(new PatternItem.Group(f.prepositional, f.items));
        }
        case "+", "$", "^", "%" -> target.add(new PatternItem.Slot(token.charAt(0)));
        default ->
            target.add(token.startsWith("&") ? new PatternItem.SynsetRef(token) : word(token));
      }
    }
    if (!stack.isEmpty()) {
      throw new IllegalArgumentException(
          "unclosed '" + (stack.peek().prepositional ? "(" : "{") + "'");
    }
    if (!verbSeen) {
      throw new IllegalArgumentException("no verb '*' in the pattern");
    }
    return new VerbPattern(before, after, codes, text, origin);
  }

  private static PatternItem.Word word(String token) {
    List<String> words = new ArrayList<>();
    for (String w : token.split("_")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException("empty word '" + token + "'");
    }
    return new PatternItem.Word(words);
  }

  /** Splits on blanks; brackets and slots are tokens of their own; a run of {@code *} is one. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || "(){}*+$^%".indexOf(c) >= 0) {
        if (word.length() > 0) {
          out.add(word.toString());
          word.setLength(0);
        }
        if (c == '*'
            && !out.isEmpty()
            && out.get(out.size() - 1).equals("*")
            && i > 0
            && text.charAt(i - 1) == '*') {
          continue;
        }
        if (!Character.isWhitespace(c)) {
          out.add(String.valueOf(c));
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
    return out;
  }

  private static final class Frame {
    final boolean prepositional;
    final List<PatternItem> items = new ArrayList<>();

    Frame(boolean prepositional) {
      this.prepositional = prepositional;
    }
  }
}
