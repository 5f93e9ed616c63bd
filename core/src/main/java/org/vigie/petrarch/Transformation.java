package org.vigie.petrarch;

/**
 * A verb-to-verb transformation of the verb dictionary, {@code ~ a (b . ATTACK) SAY = a b 112}: an
 * event reported by another ("A says B attacked") becomes a new event.
 */
public record Transformation(String text, Origin origin) {}
