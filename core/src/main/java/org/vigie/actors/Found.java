package org.vigie.actors;

import org.vigie.model.ActorMention;

/**
 * A mention found in a sentence before references are resolved: either a coded actor, or a
 * reference ({@code il}, {@code ce groupe}, a bare {@code le président}) to resolve later.
 *
 * @param mention the coded mention; for a reference its actor is null
 * @param referenceKind null for a coded actor; else {@code person}, {@code persons}, {@code
 *     group}, {@code pair}, or {@code role} for a role word without a country
 * @param role the role phrase when the mention was built from one, else null
 * @param personLike whether it denotes one person (a name, or a title such as président)
 * @param group whether it is an armed or militant group ({@code ce groupe} points back to it)
 */
record Found(ActorMention mention, String referenceKind, String role, boolean personLike, boolean group) {

  boolean isReference() {
    return referenceKind != null;
  }
}
