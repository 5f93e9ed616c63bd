package org.vigie.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigie.model.Article;
import org.vigie.nlp.ConlluReader;

/**
 * Pre-parsed CoNLL-U input for {@code vigie code --input-format conllu}: each file is a document,
 * or several when it has {@code # newdoc id = ...} lines.
 */
final class ConlluInput {

  /** One document: its article (with the text rebuilt from the forms) and its sentences. */
  record Document(Article article, ConlluReader.Parsed parsed) {}

  private ConlluInput() {}

  /** The documents of {@code file}; a malformed line fails with {@code file:line: reason}. */
  static List<Document> read(Path file, InputOptions options) throws IOException {
    String name = file.getFileName().toString().replaceFirst("\\.conllu?$", "");
    List<Document> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    StringBuilder current = new StringBuilder();
    String id = name;
    int start = 0;
    for (int n = 0; n <= lines.size(); n++) {
      String line = n < lines.size() ? lines.get(n) : null;
      boolean newDoc = line != null && line.startsWith("# newdoc");
      if ((newDoc || line == null) && !current.toString().isBlank()) {
        out.add(document(file, id, current.toString(), start, options));
        current.setLength(0);
        id = name + "-" + out.size();
      }
      if (line == null) {
        break;
      }
      if (newDoc) {
        int eq = line.indexOf('=');
        id = eq > 0 ? line.substring(eq + 1).strip() : id;
        start = n + 1;
      }
      current.append(line).append('\n');
    }
    return out;
  }

  /** @param start how many lines of the file come before {@code conllu} */
  private static Document document(Path file, String id, String conllu, int start, InputOptions options) {
    try {
      ConlluReader.Parsed parsed = ConlluReader.read(conllu);
      Article a = new Article(id, null, null, options.date(), options.lang(), parsed.text(), file.toString());
      return new Document(a, parsed);
    } catch (ConlluReader.ConlluException e) {
      throw new IllegalArgumentException(file + ":" + (start + e.line()) + ": " + e.reason(), e);
    }
  }
}
