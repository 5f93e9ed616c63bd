package org.vigie.petrarch;

/**
 * One phrase of a PETRARCH discard list: a sentence (or, with {@code +}, a whole story) holding it
 * is not coded (sports results, historical chronologies).
 *
 * @param phrase the words, separated by spaces
 * @param wholeStory whether the whole story is discarded, not only the sentence
 * @param wordEnd whether the last word must end there ({@code _}); otherwise it is a stem
 * @param origin where it was read
 */
public record Discard(String phrase, boolean wholeStory, boolean wordEnd, Origin origin) {}
