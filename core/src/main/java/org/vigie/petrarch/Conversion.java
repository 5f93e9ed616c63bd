package org.vigie.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the conversion of one file's entries gave; turned into a {@link FileReport}. */
final class Conversion {

  private final String kind;
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final List<LineIssue> notRepresentable = new ArrayList<>();
  private final List<LineIssue> approximated = new ArrayList<>();

  Conversion(String kind) {
    this.kind = kind;
  }

  void count(String what) {
    count(what, 1);
  }

  void count(String what, int n) {
    counts.merge(what, n, Integer::sum);
  }

  void notRepresentable(Origin at, String reason) {
    notRepresentable.add(at.issue(reason));
  }

  void approximated(Origin at, String loss) {
    approximated.add(at.issue(loss));
  }

  FileReport report(LineAccount lines) {
    return new FileReport(kind, lines, counts, notRepresentable, approximated);
  }
}
