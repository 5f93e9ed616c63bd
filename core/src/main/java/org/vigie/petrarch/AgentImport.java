package org.vigie.petrarch;

import java.util.Locale;
import org.vigie.actors.ActorDictionaries;

/**
 * Puts PETRARCH agents into Vigie's role words: {@code POLICE [~COP]} (the code added after the
 * country's) becomes the role {@code COP} for every form of the phrase. An agent whose code goes
 * before the actor's ({@code [NGO~]}) has no Vigie equivalent. PETRARCH lets other words stand
 * between the blank-separated words of an agent; Vigie matches them adjacent (counted as
 * approximated).
 */
final class AgentImport {

  private AgentImport() {}

  static void into(ActorDictionaries.Builder builder, AgentFile file, Conversion conversion) {
    for (Agent a : file.agents()) {
      conversion.count("agents");
      if (a.prefix()) {
        conversion.notRepresentable(
            a.origin(),
            "code before the actor's (" + a.code() + "~): Vigie roles follow the country");
        continue;
      }
      if (a.gaps()) {
        conversion.approximated(
            a.origin(),
            "words that may stand apart in PETRARCH must be adjacent: '" + a.phrase() + "'");
      }
      for (String form : a.forms()) {
        builder.role(form.toLowerCase(Locale.ROOT), a.code());
      }
      conversion.count("role phrases", a.forms().size());
    }
  }
}
