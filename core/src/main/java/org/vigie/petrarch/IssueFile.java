package org.vigie.petrarch;

import java.util.List;

/** The phrases of one issue list and how its lines were read. */
public record IssueFile(List<Issue> issues, LineAccount lines) {

  public IssueFile {
    issues = List.copyOf(issues);
  }
}
