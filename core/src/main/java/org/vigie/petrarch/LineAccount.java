package org.vigie.petrarch;

import java.util.ArrayList;
import java.util.List;

/**
 * How the lines of one file were read: each line is either ignored (blank or comment only), parsed,
 * or skipped with a reason.
 *
 * @param file the file name
 * @param lines all lines of the file
 * @param ignored blank lines and lines holding only a comment
 * @param parsed lines read into an entry
 * @param skipped lines that could not be read, each with its reason
 */
public record LineAccount(
    String file, int lines, int ignored, int parsed, List<LineIssue> skipped) {

  public LineAccount {
    skipped = List.copyOf(skipped);
  }

  /** Whether every line is ignored, parsed or skipped with a reason, and none twice. */
  public boolean accountsForEveryLine() {
    return lines == ignored + parsed + skipped.size();
  }

  /** Counts lines as a reader goes; not thread-safe. */
  static final class Tally {
    private final String file;
    private final int lines;
    private int ignored;
    private int parsed;
    private final List<LineIssue> skipped = new ArrayList<>();

    Tally(String file, int lines) {
      this.file = file;
      this.lines = lines;
    }

    void ignored() {
      ignored++;
    }

    void parsed() {
      parsed++;
    }

    void skipped(SourceLine line, String reason) {
      skipped.add(line.origin().issue(reason));
    }

    LineAccount account() {
      return new LineAccount(file, lines, ignored, parsed, skipped);
    }
  }
}
