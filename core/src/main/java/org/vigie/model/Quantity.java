package org.vigie.model;

/**
 * A count written in a sentence, with what it counts: {@code plus de 250.000 morts}, {@code a dozen
 * soldiers}.
 *
 * @param span characters of the expression, qualifier and counted noun included
 * @param text the expression as written
 * @param value the number ({@code 1,5 million} is 1500000)
 * @param qualifier how the count is hedged, as an English label ({@code more than}, {@code less
 *     than}, {@code about}, {@code at least}, {@code nearly}, {@code up to}), or null
 * @param kind what is counted ({@code deaths}, {@code injured}, {@code arrested}, {@code fighters},
 *     {@code troops}, {@code refugees}, {@code strikes}, {@code countries}, {@code people}...), or
 *     null when the counted word is not listed
 * @param sentence sentence index
 */
public record Quantity(
    Span span, String text, long value, String qualifier, String kind, int sentence) {}
