package org.vigie.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH actor dictionary ({@code Phoenix.Countries.actors.txt}...): a primary phrase
 * with optional {@code [codes]}, {@code +} synonym lines, then TAB-indented {@code [CODE date]}
 * restriction lines. A line that cannot be read is skipped with its reason; a restriction that
 * follows a skipped primary line is skipped too, since it has no actor.
 */
final class ActorDictionaryReader {

  private static final Pattern BRACKETS = Pattern.compile("\\[([^\\]]*)\\]");

  /** Synonyms written on one line: {@code +TAIOAN_ +TAWIAN_}. */
  private static final Pattern SYNONYM_SPLIT = Pattern.compile("\\s+\\+");

  private final LineAccount.Tally tally;
  private final List<ActorEntry> entries = new ArrayList<>();
  private List<String> names;
  private List<DatedCode> codes;
  private Origin origin;

  /** The primary line of the record being read was skipped: its other lines have no actor. */
  private int orphanedBy;

  private ActorDictionaryReader(LineAccount.Tally tally) {
    this.tally = tally;
  }

  static ActorFile read(Path file) {
    List<SourceLine> lines = PetrarchText.read(file);
    ActorDictionaryReader r =
        new ActorDictionaryReader(
            new LineAccount.Tally(file.getFileName().toString(), lines.size()));
    lines.forEach(r::line);
    r.close();
    return new ActorFile(r.entries, r.tally.account());
  }

  private void line(SourceLine line) {
    if (line.blank()) {
      tally.ignored();
      return;
    }
    String text = line.text();
    if (text.startsWith("+")) {
      synonyms(line);
    } else if (Character.isWhitespace(text.charAt(0))) {
      restrictions(line);
    } else {
      primary(line);
    }
  }

  private void primary(SourceLine line) {
    close();
    String text = line.text();
    int bracket = text.indexOf('[');
    String name = Phrases.words(bracket < 0 ? text : text.substring(0, bracket));
    String problem = name.isEmpty() ? "no actor name before the code" : Phrases.problem(name);
    List<DatedCode> found = new ArrayList<>();
    if (problem == null && bracket >= 0) {
      problem = codes(text.substring(bracket), found);
    }
    if (problem != null) {
      tally.skipped(line, problem);
      orphanedBy = line.number();
      return;
    }
    names = new ArrayList<>(List.of(name));
    codes = found;
    origin = line.origin();
    orphanedBy = 0;
    tally.parsed();
  }

  private void synonyms(SourceLine line) {
    if (names == null) {
      tally.skipped(
          line,
          orphanedBy > 0
              ? "synonym of the skipped actor of line " + orphanedBy
              : "synonym without an actor before it");
      return;
    }
    List<String> found = new ArrayList<>();
    for (String s : SYNONYM_SPLIT.split(line.content().substring(1))) {
      String name = Phrases.words(s);
      String problem = name.isEmpty() ? "empty synonym" : Phrases.problem(name);
      if (problem != null) {
        tally.skipped(line, problem);
        return;
      }
      found.add(name);
    }
    names.addAll(found);
    tally.parsed();
  }

  private void restrictions(SourceLine line) {
    String text = line.content();
    if (!text.startsWith("[")) {
      tally.skipped(line, "indented line is not a date restriction [CODE date]");
      return;
    }
    if (names == null) {
      tally.skipped(
          line,
          orphanedBy > 0
              ? "date restriction of the skipped actor of line " + orphanedBy
              : "date restriction without an actor before it");
      return;
    }
    List<DatedCode> found = new ArrayList<>();
    String problem = codes(text, found);
    if (problem != null) {
      tally.skipped(line, problem);
      return;
    }
    codes.addAll(found);
    tally.parsed();
  }

  /** Reads every {@code [...]} of {@code text} into {@code out}; returns the problem, or null. */
  private static String codes(String text, List<DatedCode> out) {
    Matcher m = BRACKETS.matcher(text);
    int end = 0;
    while (m.find()) {
      if (!text.substring(end, m.start()).isBlank()) {
        return "unexpected text '" + text.substring(end, m.start()).strip() + "' among the codes";
      }
      try {
        out.add(PetrarchDates.parse(m.group(1)));
      } catch (IllegalArgumentException e) {
        return e.getMessage();
      }
      end = m.end();
    }
    if (!text.substring(end).isBlank()) {
      return "unexpected text '" + text.substring(end).strip() + "' after the codes";
    }
    return null;
  }

  private void close() {
    if (names != null) {
      entries.add(new ActorEntry(names, codes, origin));
    }
    names = null;
    codes = null;
    origin = null;
  }
}
