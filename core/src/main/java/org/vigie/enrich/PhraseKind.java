package org.vigie.enrich;

/**
 * What a line of a phrase list declares: the label of its first column, and the values its second
 * column may take. Implemented by the enums of the quote and quantity word lists.
 */
interface PhraseKind {

  /** The name used in the word files. */
  String label();

  /** Why {@code value} is not allowed for this kind, or null when it is. */
  String checkValue(String value);
}
