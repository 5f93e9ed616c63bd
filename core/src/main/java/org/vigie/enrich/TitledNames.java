package org.vigie.enrich;

import java.util.List;
import org.vigie.model.Actor;
import org.vigie.model.ActorMention;

/**
 * A title used alone stands for the person it introduced: after "Le secrétaire d'Etat des
 * Etats-Unis John Kerry", a later "Le secrétaire d'Etat des Etats-Unis" (or an "il" resolved to it)
 * is John Kerry. The actors stage gives such a title the actor of its role and country; a speaker
 * is a person, so the quote takes the person named with that title earlier in the document, when
 * there is one with the same code.
 */
final class TitledNames {

  private TitledNames() {}

  /** The actor of {@code m}, or the person an earlier mention named with its title. */
  static Actor person(ActorMention m, List<ActorMention> mentions) {
    Actor actor = m.actor();
    if (m.kind() == ActorMention.Kind.NAME || actor == null) {
      return actor;
    }
    String role = role(actor.name());
    if (role.isEmpty()) {
      return actor;
    }
    Actor found = actor;
    for (ActorMention earlier : mentions) {
      if (earlier.span().start() < m.span().start()
          && earlier.kind() == ActorMention.Kind.NAME
          && earlier.actor() != null
          && actor.code().equals(earlier.actor().code())
          && Tokens.fold(earlier.text()).contains(role)) {
        found = earlier.actor();
      }
    }
    return found;
  }

  /** "secrétaire d'Etat (États-Unis)" → "secretaire d'etat": the role, folded. */
  private static String role(String name) {
    int paren = name.indexOf(" (");
    return Tokens.fold(paren < 0 ? name : name.substring(0, paren)).strip();
  }
}
