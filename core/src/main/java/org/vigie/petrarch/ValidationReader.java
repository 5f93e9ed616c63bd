package org.vigie.petrarch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads PETRARCH-2 and UD-PETRARCH validation files tolerantly. They are often not well-formed XML:
 * {@code <Sentence .../>} self-closed before its children, unclosed {@code <EventCoding ...>},
 * {@code --} inside comments, JSON or CoNLL lines between tags. Tags are scanned one after another
 * ({@link XmlScanner}): a {@code <Sentence} starts a sentence (ending the one before), {@code
 * <EventCoding} adds an expected event to it, {@code <Text>} and {@code <Parse>} give its text and
 * parse; everything else is passed over. What cannot be read is reported as {@code file:line:
 * reason}; nothing is thrown but for I/O ({@link org.vigie.dictionary.DictionaryException}).
 */
public final class ValidationReader {

  private static final String[] STOPS = {"sentence", "/sentence", "eventcoding", "text", "parse"};

  private final String file;
  private final XmlScanner scanner;
  private final List<ValidationSentence> sentences = new ArrayList<>();
  private final List<LineIssue> problems = new ArrayList<>();
  private final List<String> include = new ArrayList<>();
  private final List<Named> verbs = new ArrayList<>();
  private final List<Named> actors = new ArrayList<>();
  private final List<Named> agents = new ArrayList<>();
  private final List<Named> discards = new ArrayList<>();
  private final List<Named> issues = new ArrayList<>();
  private Draft draft;

  /** A dictionary file named in the environment, and the line that names it. */
  private record Named(String name, int line) {}

  /** A sentence being read. */
  private static final class Draft {
    String id;
    String category;
    String date;
    boolean evaluate;
    Origin origin;
    final Set<CodedEvent> expected = new LinkedHashSet<>();
    String text;
    String parse;
  }

  private ValidationReader(String file, String text) {
    this.file = file;
    this.scanner = new XmlScanner(text);
  }

  public static ValidationFile read(Path path) {
    String text = PetrarchText.decode(path);
    ValidationReader r = new ValidationReader(path.getFileName().toString(), text);
    r.scan();
    Path dir = path.toAbsolutePath().getParent();
    PetrarchFiles dictionaries =
        new PetrarchFiles(
            r.resolve(dir, r.verbs),
            r.resolve(dir, r.actors),
            r.resolve(dir, r.agents),
            r.resolve(dir, r.discards),
            r.resolve(dir, r.issues),
            null);
    return new ValidationFile(path, dictionaries, r.include, r.sentences, r.problems);
  }

  /** The named files that exist; the others are reported. */
  private List<Path> resolve(Path dir, List<Named> names) {
    List<Path> out = new ArrayList<>();
    for (Named n : names) {
      Path p = dir.resolve(n.name());
      if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        problems.add(
            new Origin(file, n.line()).issue("dictionary " + n.name() + " not found in " + dir));
      }
    }
    return out;
  }

  private void scan() {
    XmlScanner.Tag tag;
    while ((tag = scanner.next((reason, offset) -> problem(offset, reason))) != null) {
      if (tag.closing()) {
        if (tag.name().equals("sentence")) {
          finish();
        }
        continue;
      }
      switch (tag.name()) {
        case "sentence" -> start(tag);
        case "eventcoding" -> eventCoding(tag);
        case "text" -> content(tag, true);
        case "parse" -> content(tag, false);
        case "verbfile" -> names(tag, verbs);
        case "actorfile" -> names(tag, actors);
        case "agentfile" -> names(tag, agents);
        case "discardfile" -> names(tag, discards);
        case "issuefile" -> names(tag, issues);
        case "include" -> include.addAll(words(scanner.rawUntilClose("include", STOPS).text()));
        default -> {} // Validation, Environment, Sentences, Config, Stop...: nothing to keep
      }
    }
    finish();
  }

  private void start(XmlScanner.Tag tag) {
    finish();
    draft = new Draft();
    draft.origin = new Origin(file, scanner.line(tag.start()));
    draft.id = tag.attributes().get("id");
    draft.category = tag.attributes().getOrDefault("category", "");
    draft.date = tag.attributes().get("date");
    draft.evaluate =
        tag.attributes().entrySet().stream()
            .filter(e -> List.of("evaluate", "valid", "sentence").contains(e.getKey()))
            .noneMatch(e -> e.getValue().strip().equalsIgnoreCase("false"));
  }

  private void eventCoding(XmlScanner.Tag tag) {
    if (draft == null) {
      problem(tag.start(), "<EventCoding> outside a <Sentence>");
      return;
    }
    var a = tag.attributes();
    if ("true".equalsIgnoreCase(a.getOrDefault("noevents", "").strip())) {
      return;
    }
    String source = a.get("sourcecode");
    String target = a.get("targetcode");
    String code = a.get("eventcode");
    if (source == null || target == null || code == null) {
      problem(
          tag.start(),
          "<EventCoding> needs sourcecode, targetcode and eventcode (or noevents=\"True\")");
      return;
    }
    draft.expected.add(new CodedEvent(source.strip(), target.strip(), code.strip()));
  }

  private void content(XmlScanner.Tag tag, boolean isText) {
    if (tag.selfClosed()) {
      return;
    }
    XmlScanner.Content c = scanner.rawUntilClose(tag.name(), STOPS);
    if (!c.closed()) {
      problem(tag.start(), "<" + tag.name() + "> not closed; its content taken up to the next tag");
    }
    if (draft == null) {
      problem(tag.start(), "<" + tag.name() + "> outside a <Sentence>");
    } else if (isText) {
      draft.text = String.join(" ", words(c.text()));
    } else {
      draft.parse = c.text().strip();
    }
  }

  private void names(XmlScanner.Tag tag, List<Named> into) {
    if (tag.selfClosed()) {
      return;
    }
    int line = scanner.line(tag.start());
    for (String name : scanner.rawUntilClose(tag.name(), STOPS).text().split(",")) {
      if (!name.isBlank()) {
        into.add(new Named(name.strip(), line));
      }
    }
  }

  private void finish() {
    Draft d = draft;
    draft = null;
    if (d == null) {
      return;
    }
    String id = d.id != null && !d.id.isBlank() ? d.id : d.origin.toString();
    if (d.id == null || d.id.isBlank()) {
      problems.add(d.origin.issue("sentence without id; called " + id));
    }
    if (d.text == null || d.text.isBlank()) {
      problems.add(d.origin.issue("sentence " + id + " has no <Text>; skipped"));
      return;
    }
    LocalDate date = null;
    if (d.date != null) {
      try {
        date = PetrarchDates.date(d.date.strip());
      } catch (IllegalArgumentException e) {
        problems.add(
            d.origin.issue("sentence " + id + ": " + e.getMessage() + "; coded without a date"));
      }
    }
    sentences.add(
        new ValidationSentence(
            id, d.category, date, d.evaluate, d.expected, d.text, d.parse, d.origin));
  }

  private void problem(int offset, String reason) {
    problems.add(new Origin(file, scanner.line(offset)).issue(reason));
  }

  private static List<String> words(String text) {
    return List.of(text.strip().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
  }
}
