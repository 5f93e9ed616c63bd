package org.vigie.actors;

/**
 * What a dictionary name stands for.
 *
 * @param type what kind of name it is
 * @param code CAMEO code: country code, role code, or full code of an organisation or person
 * @param name the canonical name (first name listed)
 * @param detail for organisations their kind ({@code group}, {@code igo}...), for people the
 *     person's key to their terms, for references the reference kind
 */
public record Entry(Type type, String code, String name, String detail) {

  /** The kinds of dictionary names. */
  public enum Type {
    COUNTRY,
    ADJECTIVE,
    INHABITANT,
    CAPITAL,
    ROLE,
    ORGANIZATION,
    PERSON,
    REFERENCE
  }
}
