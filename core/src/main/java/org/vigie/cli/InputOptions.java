package org.vigie.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options shared by the commands that read articles. */
final class InputOptions {

  static final Set<String> LANGS = Set.of("fr", "en", "auto");

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text (.txt), JSON Lines (.jsonl), HTML (.html, .htm, also .gz), RSS/Atom (.rss, .atom, .xml) or WARC (.warc, .warc.gz) files, or folders of them; - for stdin (text, JSONL or HTML).")
  List<String> files;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Article date for inputs that have none (plain text).")
  String date;

  @Option(names = "--lang", defaultValue = "auto", description = "fr, en or auto (the declared language, else detected). Default: ${DEFAULT-VALUE}.")
  String lang;

  @Option(names = "--verbose", description = "Stack traces with errors.")
  boolean verbose;

  LocalDate date() {
    if (date == null) {
      return null;
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new Main.UsageException("--date: not a date (YYYY-MM-DD): '" + date + "'");
    }
  }

  /** The forced language, or null for auto. */
  String lang() {
    if (!LANGS.contains(lang)) {
      throw new Main.UsageException("--lang: unknown language '" + lang + "' (expected fr, en or auto)");
    }
    return lang.equals("auto") ? null : lang;
  }
}
