package org.vigie.nlp;

import java.util.ArrayList;
import java.util.List;
import org.vigie.model.Sentence;
import org.vigie.model.Span;
import org.vigie.model.Token;

/**
 * Reads CoNLL-U (Universal Dependencies) sentences as parsed sentences, so that text parsed
 * elsewhere is coded the same way. Multi-word token lines ({@code 1-2}) and empty nodes ({@code
 * 1.1}) are skipped; the document text is the sentences' forms joined by spaces (or the {@code #
 * text =} comment when present), one sentence per line.
 */
public final class ConlluReader {

  /** The text the sentences were read into, and the sentences with offsets in it. */
  public record Parsed(String text, List<Sentence> sentences) {}

  /** A malformed CoNLL-U line. */
  public static final class ConlluException extends IllegalArgumentException {
    private final int line;
    private final String reason;

    ConlluException(int line, String reason) {
      super("line " + line + ": " + reason);
      this.line = line;
      this.reason = reason;
    }

    /** The line of the input, from 1. */
    public int line() {
      return line;
    }

    public String reason() {
      return reason;
    }
  }

  private ConlluReader() {}

  public static Parsed read(String conllu) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    String[] lines = conllu.split("\r?\n", -1);
    int firstLine = 1;
    for (int n = 0; n <= lines.length; n++) {
      String line = n < lines.length ? lines[n] : "";
      if (line.isBlank()) {
        if (!rows.isEmpty()) {
          sentences.add(sentence(sentences.size(), rows, text, firstLine));
          rows.clear();
        }
        firstLine = n + 2;
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 10) {
        throw new ConlluException(n + 1, "expected 10 TAB-separated columns, found " + cols.length);
      }
      if (cols[0].contains("-") || cols[0].contains(".")) {
        continue;
      }
      rows.add(cols);
    }
    return new Parsed(text.toString(), sentences);
  }

  private static Sentence sentence(int index, List<String[]> rows, StringBuilder text, int line) {
    if (text.length() > 0) {
      text.append('\n');
    }
    int sentenceStart = text.length();
    List<Token> tokens = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      String[] c = rows.get(i);
      int id;
      int head;
      try {
        id = Integer.parseInt(c[0]);
        head = c[6].equals("_") ? 0 : Integer.parseInt(c[6]);
      } catch (NumberFormatException e) {
        throw new ConlluException(line + i, "ID and HEAD must be numbers");
      }
      if (id != i + 1 || head < 0 || head > rows.size()) {
        throw new ConlluException(line + i, "token ids must run from 1 and heads stay in the sentence");
      }
      if (i > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(c[1]);
      String lemma = c[2].equals("_") ? c[1] : c[2];
      String relation = head == 0 ? "root" : c[7];
      tokens.add(new Token(i, c[1], lemma, c[3], start, text.length(), head - 1, relation));
    }
    return new Sentence(index, new Span(sentenceStart, text.length()),
        text.substring(sentenceStart), tokens, true);
  }
}
