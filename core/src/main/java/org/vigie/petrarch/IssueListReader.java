package org.vigie.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH issue list: {@code <ISSUE CATEGORY="...">} blocks of {@code phrase [CODE]} lines
 * and {@code ~phrase} (or {@code ~~phrase}) lines that cancel issue coding.
 */
final class IssueListReader {

  private static final Pattern OPEN =
      Pattern.compile("<ISSUE\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern CATEGORY =
      Pattern.compile("CATEGORY\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOSE = Pattern.compile("</ISSUE\\s*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISSUE = Pattern.compile("([^\\[\\]]+?)\\s*\\[([A-Za-z0-9_\\-]+)\\]");
  private static final int MAX_FORMS = 64;

  private IssueListReader() {}

  static IssueFile read(Path file) {
    List<SourceLine> lines = PetrarchText.read(file);
    LineAccount.Tally tally = new LineAccount.Tally(file.getFileName().toString(), lines.size());
    List<Issue> out = new ArrayList<>();
    String category = null;
    for (SourceLine line : lines) {
      if (line.blank()) {
        tally.ignored();
        continue;
      }
      String text = line.content();
      Matcher open = OPEN.matcher(text);
      if (open.matches()) {
        Matcher c = CATEGORY.matcher(open.group(1));
        category = c.find() ? c.group(1) : null;
        tally.parsed();
      } else if (CLOSE.matcher(text).matches()) {
        category = null;
        tally.parsed();
      } else if (text.startsWith("~")) {
        String phrase = text.replaceFirst("^~+", "").strip();
        add(out, tally, line, category, phrase, null);
      } else {
        Matcher m = ISSUE.matcher(text);
        if (m.matches()) {
          add(out, tally, line, category, m.group(1), m.group(2));
        } else {
          tally.skipped(line, "not 'phrase [CODE]', '~phrase' or an <ISSUE> tag");
        }
      }
    }
    return new IssueFile(out, tally.account());
  }

  private static void add(
      List<Issue> out,
      LineAccount.Tally tally,
      SourceLine line,
      String category,
      String phrase,
      String code) {
    if (phrase.isBlank()) {
      tally.skipped(line, "empty issue phrase");
      return;
    }
    List<String> forms = List.of("");
    for (String word : phrase.strip().split("\\s+")) {
      List<String> next = new ArrayList<>();
      for (String prefix : forms) {
        for (String w : expand(word)) {
          next.add(prefix.isEmpty() ? w : prefix + " " + w);
        }
      }
      forms = next;
      if (forms.size() > MAX_FORMS) {
        tally.skipped(line, "more than " + MAX_FORMS + " forms once expanded");
        return;
      }
    }
    out.add(new Issue(category, phrase.strip(), forms, code, line.origin()));
    tally.parsed();
  }

  /** The forms of one word of an issue phrase: {@code pre+n:school} → pre school, pre-schools... */
  private static List<String> expand(String word) {
    List<String> out = List.of("");
    String[] pieces = word.split("\\+");
    for (String piece : pieces) {
      List<String> next = new ArrayList<>();
      for (String prefix : out) {
        for (String w : inflect(piece)) {
          if (prefix.isEmpty()) {
            next.add(w);
          } else {
            next.add(prefix + " " + w);
            next.add(prefix + "-" + w);
          }
        }
      }
      out = next;
    }
    return out;
  }

  private static List<String> inflect(String piece) {
    if (piece.startsWith("n:")) {
      String w = piece.substring(2);
      return List.of(w, EnglishPlurals.of(w));
    }
    if (piece.startsWith("v:")) {
      String w = piece.substring(2);
      String stem = w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
      // the third person takes the same ending as the plural
      return List.of(w, EnglishPlurals.of(w), stem + "ed", stem + "ing");
    }
    return List.of(piece);
  }
}
