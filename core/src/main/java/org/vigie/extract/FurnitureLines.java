package org.vigie.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.vigie.dictionary.DataFile;
import org.vigie.dictionary.DataLine;

/**
 * Lines of text that are page furniture even inside the article body ("Lire aussi", bylines,
 * date lines, paywall openers), from {@code furniture-lines.tsv} (format documented at the top
 * of the file). Immutable and thread-safe.
 */
final class FurnitureLines {

  /** What a line is. */
  enum Kind { LINE, BYLINE, DATED, STOP }

  static final String RESOURCE = "/org/vigie/extract/furniture-lines.tsv";
  private static final String ANYWHERE = "...";
  private static final int MAX_LINE = 200;
  private static final int MAX_STOP = 300;

  private record Rule(Kind kind, Pattern pattern, boolean anywhere) {}

  private final List<Rule> rules;

  private FurnitureLines(List<Rule> rules) {
    this.rules = rules;
  }

  static FurnitureLines bundled() {
    return load(DataFile.resource(RESOURCE));
  }

  static FurnitureLines load(List<DataLine> lines) {
    List<Rule> rules = new ArrayList<>();
    for (DataLine line : lines) {
      Kind kind;
      try {
        kind = Kind.valueOf(line.required(0, "kind").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw line.error("unknown kind '" + line.optional(0) + "' (line, byline, dated, stop)");
      }
      String regex = line.required(1, "regex");
      boolean anywhere = regex.startsWith(ANYWHERE);
      try {
        rules.add(new Rule(kind, Pattern.compile(anywhere ? regex.substring(ANYWHERE.length()) : regex,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS), anywhere));
      } catch (PatternSyntaxException e) {
        throw line.error("bad regular expression: " + e.getDescription());
      }
    }
    return new FurnitureLines(List.copyOf(rules));
  }

  /** The kind of furniture {@code line} is, or null when it is text. */
  Kind match(String line) {
    return session().match(line);
  }

  /**
   * A matcher for the lines of one page: it reuses one {@link Matcher} per rule, which costs far
   * less than a new one per line. Not thread-safe: one per page and thread.
   */
  Session session() {
    return new Session();
  }

  /** See {@link #session()}. */
  final class Session {
    private final Matcher[] matchers = new Matcher[rules.size()];

    /** The kind of furniture {@code line} is, or null when it is text. */
    Kind match(String line) {
      if (line.length() >= MAX_STOP) {
        return null;
      }
      String s = line.strip();
      for (int i = 0; i < matchers.length; i++) {
        Rule r = rules.get(i);
        int max = r.kind == Kind.STOP ? MAX_STOP : MAX_LINE;
        if (s.length() >= max) {
          continue;
        }
        Matcher m = matchers[i] == null ? (matchers[i] = r.pattern.matcher(s)) : matchers[i].reset(s);
        if (r.anywhere ? m.find() : m.lookingAt()) {
          return r.kind;
        }
      }
      return null;
    }
  }
}
