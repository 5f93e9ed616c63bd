package org.vigie.petrarch;

import java.util.List;

/** The agents of one agent dictionary and how its lines were read. */
public record AgentFile(List<Agent> agents, LineAccount lines) {

  public AgentFile {
    agents = List.copyOf(agents);
  }
}
