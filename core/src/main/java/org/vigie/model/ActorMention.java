package org.vigie.model;

/**
 * A place in a sentence where an actor is named or referred to.
 *
 * @param sentence sentence index
 * @param first first token of the mention
 * @param last last token of the mention (inclusive)
 * @param head the token that carries the mention in the dependency tree
 * @param span characters of the mention
 * @param text the mention as written
 * @param actor the actor it resolves to
 * @param kind how it was found
 */
public record ActorMention(
    int sentence, int first, int last, int head, Span span, String text, Actor actor, Kind kind) {

  /** How a mention was recognised. */
  public enum Kind {
    /** A name from the dictionaries (country, organisation, person). */
    NAME,
    /** A role word with a country (le ministre russe des Affaires étrangères). */
    TITLE,
    /** A pronoun or nominal reference resolved to an earlier mention (il, ce groupe). */
    REFERENCE,
    /** A place name standing for a state (Moscou, la Syrie). */
    PLACE,
    /** A nationality adjective qualifying something that is not an actor (l'attaque russe). */
    ADJECTIVE,
    /** A role word without a country, given the country the document is about (la police). */
    DOMESTIC
  }

  public boolean covers(int token) {
    return first <= token && token <= last;
  }
}
