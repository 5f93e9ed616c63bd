package org.vigie.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the clean stage's data files, in the project's dictionary format: UTF-8, {@code #} starts a
 * comment to the end of the line, blank lines are skipped, columns are separated by one TAB and
 * trimmed. Lines are NFC-normalised, like the text they are matched against.
 */
final class RuleFile {

  private RuleFile() {}

  /** Lines of a bundled resource, e.g. {@code /org/vigie/clean/boilerplate.txt}. */
  static List<RuleLine> resource(String path) {
    InputStream in = RuleFile.class.getResourceAsStream(path);
    if (in == null) {
      throw new CleanRulesException(path + ": not found on the class path");
    }
    return read(path, new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** Lines of a file on disk. */
  static List<RuleLine> file(Path path) {
    try {
      return read(path.toString(), Files.newBufferedReader(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CleanRulesException(path + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Lines read from {@code source}, which is closed; {@code name} is used in messages. */
  static List<RuleLine> read(String name, Reader source) {
    String file = shortName(name);
    List<RuleLine> out = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(source)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String content = Normalizer.normalize(stripComment(line), Normalizer.Form.NFC);
        if (!content.isBlank()) {
          out.add(new RuleLine(file, number, columns(content)));
        }
      }
    } catch (IOException e) {
      throw new CleanRulesException(name + ": cannot read: " + e.getMessage(), e);
    }
    return out;
  }

  private static List<String> columns(String content) {
    List<String> columns = new ArrayList<>();
    for (String c : content.split("\t", -1)) {
      columns.add(c.strip());
    }
    while (!columns.isEmpty() && columns.get(columns.size() - 1).isEmpty()) {
      columns.remove(columns.size() - 1);
    }
    return columns;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static String shortName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return slash < 0 ? name : name.substring(slash + 1);
  }
}
