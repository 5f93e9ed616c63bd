/**
 * Actor resolution: finds the actors named or referred to in each sentence and gives each its
 * CAMEO code (country + role, organisation, date-bounded office holder).
 *
 * <p>Names, roles and people are data files read by {@link org.vigie.actors.ActorDictionaries};
 * {@link org.vigie.actors.NameMatcher} finds them in the words, {@link
 * org.vigie.actors.MentionComposer} builds noun phrases ("le ministre russe des Affaires
 * étrangères"), and {@link org.vigie.actors.ReferenceResolver} links "il", "ce groupe" back to
 * earlier actors. This package does not code events.
 */
package org.vigie.actors;
