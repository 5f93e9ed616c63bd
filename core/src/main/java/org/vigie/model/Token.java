package org.vigie.model;

/**
 * One word of a sentence.
 *
 * @param index position in the sentence, from 0
 * @param word the word as written
 * @param lemma dictionary form (infinitive, masculine singular...)
 * @param pos universal POS tag ({@code VERB}, {@code NOUN}...), or {@code X} when not tagged
 * @param start offset of the first character in the cleaned text
 * @param end offset after the last character
 * @param head index of the syntactic head, -1 for the root or when not parsed
 * @param relation universal dependency relation to the head ({@code nsubj}, {@code obl}...)
 */
public record Token(
    int index, String word, String lemma, String pos, int start, int end, int head, String relation) {

  public boolean isVerb() {
    return pos.equals("VERB") || pos.equals("AUX");
  }

  public boolean isNoun() {
    return pos.equals("NOUN") || pos.equals("PROPN");
  }
}
