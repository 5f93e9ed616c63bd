package org.vigie.model;

/**
 * A direct quote and who said it.
 *
 * @param span characters from the first to the last quoted character in the cleaned text, marks
 *     left out; a quote joined from several parts spans them all
 * @param text the quoted words; the parts of a joined quote are separated by one space, so that for
 *     those the text is not the span's substring
 * @param speakerSpan characters of the speaker as written ("John Kerry", "il", "un responsable
 *     américain"), or null when no speaker was found
 * @param speakerText the speaker as written, or null
 * @param speaker the actor the speaker resolves to, or null when it is not a known actor
 * @param sentence index of the sentence where the quote starts
 */
public record Quote(
    Span span, String text, Span speakerSpan, String speakerText, Actor speaker, int sentence) {}
