package org.vigie.model;

/**
 * The words that made an event.
 *
 * @param trigger the trigger words as written
 * @param pattern the dictionary pattern that matched
 * @param start offset of the trigger in the cleaned text
 * @param end offset after the last matched word
 */
public record Evidence(String trigger, String pattern, int start, int end) {}
