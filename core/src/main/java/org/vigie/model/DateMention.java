package org.vigie.model;

/**
 * A date expression found in the text and resolved against the article date.
 *
 * @param sentence sentence index
 * @param span characters of the expression
 * @param text the expression as written
 * @param value ISO value at its precision: {@code 2015-09-30}, {@code 2014-08}, {@code 2014}
 * @param precision day, month or year
 */
public record DateMention(int sentence, Span span, String text, String value, Precision precision) {

  /** How precise a resolved date is. */
  public enum Precision {
    DAY,
    MONTH,
    YEAR
  }
}
