package org.vigie.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a PETRARCH discard list: one phrase a line, {@code +} for a whole story. */
final class DiscardListReader {

  private DiscardListReader() {}

  static DiscardFile read(Path file) {
    List<SourceLine> lines = PetrarchText.read(file);
    LineAccount.Tally tally = new LineAccount.Tally(file.getFileName().toString(), lines.size());
    List<Discard> out = new ArrayList<>();
    for (SourceLine line : lines) {
      if (line.blank()) {
        tally.ignored();
        continue;
      }
      String text = line.content();
      boolean story = text.startsWith("+");
      String raw = story ? text.substring(1).strip() : text;
      String phrase = Phrases.words(raw);
      String problem = phrase.isEmpty() ? "empty discard phrase" : Phrases.problem(phrase);
      if (problem != null) {
        tally.skipped(line, problem);
        continue;
      }
      out.add(new Discard(phrase, story, raw.endsWith("_"), line.origin()));
      tally.parsed();
    }
    return new DiscardFile(out, tally.account());
  }
}
