package org.vigie.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a TAB-separated data file: {@code #} starts a comment, blank lines are skipped, columns
 * are trimmed. A file is found either on the class path (the bundled defaults) or on disk.
 */
public final class DataFile {

  private DataFile() {}

  /** Lines of a bundled resource, e.g. {@code /org/vigie/dictionaries/fr/roles.tsv}. */
  public static List<DataLine> resource(String path) {
    InputStream in = DataFile.class.getResourceAsStream(path);
    if (in == null) {
      throw new DictionaryException(path + ": not found on the class path");
    }
    return read(path, new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** Lines of a file on disk. */
  public static List<DataLine> file(Path path) {
    try {
      return read(path.toString(), Files.newBufferedReader(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DictionaryException(path + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static List<DataLine> read(String name, Reader source) {
    List<DataLine> out = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(source)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String content = stripComment(line);
        if (content.isBlank()) {
          continue;
        }
        List<String> columns = new ArrayList<>();
        for (String c : content.split("\t", -1)) {
          columns.add(c.strip());
        }
        while (!columns.isEmpty() && columns.get(columns.size() - 1).isEmpty()) {
          columns.remove(columns.size() - 1);
        }
        out.add(new DataLine(shortName(name), number, columns));
      }
    } catch (IOException e) {
      throw new DictionaryException(name + ": cannot read: " + e.getMessage(), e);
    }
    return out;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static String shortName(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? name : name.substring(slash + 1);
  }
}
