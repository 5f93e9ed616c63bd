package org.vigie.model;

/**
 * A coded actor.
 *
 * @param code CAMEO actor code ({@code RUSGOV}, {@code IMGMUSISI}), possibly only a country
 * @param name canonical name (the dictionary's first name for it)
 * @param country ISO-3 country code, or null for organisations without one
 */
public record Actor(String code, String name, String country) {}
