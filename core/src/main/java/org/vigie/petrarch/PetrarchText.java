package org.vigie.petrarch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigie.dictionary.DictionaryException;

/**
 * Reads a PETRARCH text file into lines, comments removed as its documentation describes: {@code #}
 * and the legacy {@code ;} to the end of the line, and {@code <!-- ... -->} over one or more lines
 * (ended by the first {@code -->}, so {@code --} inside is allowed). UTF-8, or Latin-1 when the
 * bytes are not UTF-8 (older dictionaries were written that way).
 */
final class PetrarchText {

  private PetrarchText() {}

  /** Every line of the file, in order; a line inside a comment has empty text. */
  static List<SourceLine> read(Path path) {
    String name = path.getFileName().toString();
    List<SourceLine> out = new ArrayList<>();
    boolean inComment = false;
    int number = 0;
    String text = decode(path);
    String[] lines = text.split("\r\n|\r|\n", -1);
    // the empty "line" after a final line break is not a line
    int count =
        text.isEmpty() || text.endsWith("\n") || text.endsWith("\r")
            ? lines.length - 1
            : lines.length;
    for (int k = 0; k < count; k++) {
      String raw = lines[k];
      number++;
      StringBuilder kept = new StringBuilder();
      int i = 0;
      while (i < raw.length()) {
        if (inComment) {
          int end = raw.indexOf("-->", i);
          if (end < 0) {
            i = raw.length();
          } else {
            inComment = false;
            i = end + 3;
          }
        } else {
          int start = raw.indexOf("<!--", i);
          if (start < 0) {
            kept.append(raw, i, raw.length());
            i = raw.length();
          } else {
            kept.append(raw, i, start);
            inComment = true;
            i = start + 4;
          }
        }
      }
      out.add(new SourceLine(name, number, stripLineComment(kept.toString()).stripTrailing()));
    }
    return out;
  }

  private static String stripLineComment(String line) {
    int hash = line.indexOf('#');
    String s = hash < 0 ? line : line.substring(0, hash);
    int semi = s.indexOf(';');
    return semi < 0 ? s : s.substring(0, semi);
  }

  /** The text of a file: UTF-8, else Latin-1; a leading byte-order mark dropped. */
  static String decode(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new DictionaryException(path + ": cannot read: " + e.getMessage(), e);
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }
}
