package org.vigie.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a folder of PETRARCH dictionaries gave, file by file. */
public record LoadReport(List<FileReport> files) {

  public LoadReport {
    files = List.copyOf(files);
  }

  public Optional<FileReport> file(String name) {
    return files.stream().filter(f -> f.file().equals(name)).findFirst();
  }

  /** Whether every line of every file is ignored, parsed or skipped with a reason. */
  public boolean accountsForEveryLine() {
    return files.stream().allMatch(f -> f.lines().accountsForEveryLine());
  }

  /** Every skipped line, as {@code file:line: reason}. */
  public List<LineIssue> skipped() {
    List<LineIssue> out = new ArrayList<>();
    files.forEach(f -> out.addAll(f.lines().skipped()));
    return out;
  }

  /** Every entry not converted, as {@code file:line: reason}. */
  public List<LineIssue> notRepresentable() {
    List<LineIssue> out = new ArrayList<>();
    files.forEach(f -> out.addAll(f.notRepresentable()));
    return out;
  }

  /** How many entries were not converted, by reason (the reasons' text up to ": "). */
  public Map<String, Integer> notRepresentableByReason() {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (LineIssue i : notRepresentable()) {
      int colon = i.reason().indexOf(": ");
      out.merge(colon < 0 ? i.reason() : i.reason().substring(0, colon), 1, Integer::sum);
    }
    return out;
  }

  /** One line per file: lines read, skipped, and what was loaded. */
  public List<String> summary() {
    List<String> out = new ArrayList<>();
    for (FileReport f : files) {
      LineAccount l = f.lines();
      StringBuilder s =
          new StringBuilder(
              f.file()
                  + " ("
                  + f.kind()
                  + "): "
                  + l.lines()
                  + " lines, "
                  + l.parsed()
                  + " parsed, "
                  + l.ignored()
                  + " blank or comment, "
                  + l.skipped().size()
                  + " skipped");
      f.loaded().forEach((k, v) -> s.append("; ").append(k).append(' ').append(v));
      if (!f.notRepresentable().isEmpty()) {
        s.append("; not representable ").append(f.notRepresentable().size());
      }
      if (!f.approximated().isEmpty()) {
        s.append("; approximated ").append(f.approximated().size());
      }
      out.add(s.toString());
    }
    return out;
  }
}
