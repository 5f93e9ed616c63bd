package org.vigie.petrarch;

import java.util.List;

/**
 * One line of a PETRARCH issue list: a phrase that gives a sentence an issue code, or (with {@code
 * ~}) a phrase that cancels issue coding.
 *
 * @param category the {@code <ISSUE CATEGORY="...">} it is in, or null
 * @param phrase the phrase as written
 * @param forms the phrases to look for, expansions made: {@code n:} noun plural, {@code v:} verb
 *     forms ({@code S}, {@code ED}, {@code ING}), {@code a+b} as {@code a b} and {@code a-b}
 * @param code the issue code, or null for a phrase that cancels issue coding
 * @param origin where it was read
 */
public record Issue(
    String category, String phrase, List<String> forms, String code, Origin origin) {

  public Issue {
    forms = List.copyOf(forms);
  }

  /** Whether this phrase cancels issue coding ({@code ~phrase}) rather than giving a code. */
  public boolean ignores() {
    return code == null;
  }
}
