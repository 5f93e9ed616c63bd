package org.vigie.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with its tokens.
 *
 * @param index position in the document, from 0
 * @param span characters of the sentence in the cleaned text
 * @param text the sentence as written
 * @param tokens its words
 * @param parsed whether POS tags and dependencies were computed; the pipeline parses only the
 *     sentences that can hold an event
 */
public record Sentence(int index, Span span, String text, List<Token> tokens, boolean parsed) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The tokens whose head is {@code head}, in sentence order. */
  public List<Token> children(int head) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.head() == head) {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether {@code token} lies in the subtree rooted at {@code root} (itself included). */
  public boolean dominates(int root, int token) {
    int current = token;
    for (int guard = 0; current >= 0 && guard <= tokens.size(); guard++) {
      if (current == root) {
        return true;
      }
      current = tokens.get(current).head();
    }
    return false;
  }
}
