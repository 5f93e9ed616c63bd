package org.vigie.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.dictionary.DataLine;

/**
 * A word list of kinds, values and forms, read from a TAB-separated file ({@code kind value
 * form|form...}, plus {@code setting name value} lines), and looked up on {@link Tokens}: forms are
 * folded and cut into pieces as the text is, so "d'après" matches "D’après". Immutable and
 * thread-safe.
 *
 * @param <K> the kinds a file may declare
 */
final class PhraseList<K extends Enum<K> & PhraseKind> {

  /** One way of writing a phrase: its folded pieces, and the value its line gives. */
  record Phrase(List<String> words, String value) {

    boolean matches(Tokens tokens, int at) {
      if (at < 0) {
        return false;
      }
      for (int k = 0; k < words.size(); k++) {
        if (!tokens.is(at + k, words.get(k))) {
          return false;
        }
      }
      return true;
    }
  }

  /** A phrase found in a text: its first piece, the piece after it, and its value. */
  record Hit(int start, int end, String value) {}

  /** Longer forms are refused, so that looking back for a phrase stays a short loop. */
  static final int MAX_WORDS = 8;

  private final Map<K, Map<String, List<Phrase>>> byFirstWord;
  private final Map<String, String> settings;

  private PhraseList(Map<K, Map<String, List<Phrase>>> byFirstWord, Map<String, String> settings) {
    this.byFirstWord = byFirstWord;
    this.settings = settings;
  }

  /**
   * Reads the lines of a word file.
   *
   * @param kinds the kinds its first column may name
   * @param settingNames the settings a {@code setting} line may give, with their allowed values
   * @throws org.vigie.dictionary.DictionaryException on a malformed line, as {@code file:line:
   *     reason}
   */
  static <K extends Enum<K> & PhraseKind> PhraseList<K> read(
      Class<K> kinds, List<DataLine> lines, Map<String, Set<String>> settingNames) {
    Map<K, Map<String, List<Phrase>>> forms = new EnumMap<>(kinds);
    Map<String, Integer> seen = new HashMap<>();
    Map<String, String> settings = new HashMap<>();
    for (DataLine line : lines) {
      String label = line.required(0, "kind");
      if (line.columns().size() != 3) {
        throw line.error(
            "expected 3 TAB-separated columns (kind, value, forms), got " + line.columns().size());
      }
      String value = line.required(1, "value");
      if (label.equals("setting")) {
        setting(line, value, line.required(2, "value"), settingNames, settings);
        continue;
      }
      K kind = byLabel(kinds, label);
      if (kind == null) {
        throw line.error("unknown kind '" + label + "'");
      }
      String bad = kind.checkValue(value);
      if (bad != null) {
        throw line.error(bad + ", got '" + value + "'");
      }
      for (String form : line.values(2)) {
        add(line, kind, value, form, seen, forms);
      }
    }
    Comparator<Phrase> longestFirst =
        Comparator.comparingInt((Phrase p) -> p.words().size()).reversed();
    Map<K, Map<String, List<Phrase>>> frozen = new EnumMap<>(kinds);
    forms.forEach(
        (kind, byWord) -> {
          Map<String, List<Phrase>> sorted = new HashMap<>();
          byWord.forEach((w, list) -> sorted.put(w, list.stream().sorted(longestFirst).toList()));
          frozen.put(kind, Map.copyOf(sorted));
        });
    return new PhraseList<>(Collections.unmodifiableMap(frozen), Map.copyOf(settings));
  }

  /** The longest phrase of {@code kind} that starts at piece {@code at}, or null. */
  Hit match(K kind, Tokens tokens, int at) {
    String first = tokens.word(at);
    Map<String, List<Phrase>> byWord = byFirstWord.get(kind);
    List<Phrase> candidates = first == null || byWord == null ? null : byWord.get(first);
    if (candidates == null) {
      return null;
    }
    for (Phrase p : candidates) {
      if (p.matches(tokens, at)) {
        return new Hit(at, at + p.words().size(), p.value());
      }
    }
    return null;
  }

  /** The longest phrase of {@code kind} whose last piece is {@code last}, or null. */
  Hit matchEndingAt(K kind, Tokens tokens, int last) {
    Map<String, List<Phrase>> byWord = byFirstWord.get(kind);
    if (byWord == null) {
      return null;
    }
    for (int start = Math.max(0, last - MAX_WORDS + 1); start <= last; start++) {
      List<Phrase> candidates = byWord.get(tokens.word(start));
      if (candidates == null) {
        continue;
      }
      for (Phrase p : candidates) {
        if (start + p.words().size() == last + 1 && p.matches(tokens, start)) {
          return new Hit(start, last + 1, p.value());
        }
      }
    }
    return null;
  }

  /** The value of the one-word form {@code folded} under {@code kind}, or null. */
  String value(K kind, String folded) {
    Map<String, List<Phrase>> byWord = byFirstWord.get(kind);
    List<Phrase> candidates = byWord == null ? null : byWord.get(folded);
    if (candidates == null) {
      return null;
    }
    for (Phrase p : candidates) {
      if (p.words().size() == 1) {
        return p.value();
      }
    }
    return null;
  }

  /** The value of setting {@code name}, or null when the file does not give it. */
  String setting(String name) {
    return settings.get(name);
  }

  private static <K extends Enum<K> & PhraseKind> void add(
      DataLine line,
      K kind,
      String value,
      String form,
      Map<String, Integer> seen,
      Map<K, Map<String, List<Phrase>>> forms) {
    Tokens pieces = Tokens.of(form);
    List<String> words = new ArrayList<>(pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      words.add(pieces.word(i));
    }
    if (words.isEmpty()) {
      throw line.error("form '" + form + "' has nothing to match");
    }
    if (words.size() > MAX_WORDS) {
      throw line.error("form '" + form + "' has more than " + MAX_WORDS + " pieces");
    }
    String key = kind.label() + " " + String.join(" ", words);
    Integer earlier = seen.putIfAbsent(key, line.number());
    if (earlier != null && earlier == line.number()) {
      return; // déclaré and déclare fold alike: one line may list both
    }
    if (earlier != null) {
      throw line.error("'" + form + "' is already a " + kind.label() + " at line " + earlier);
    }
    forms
        .computeIfAbsent(kind, k -> new HashMap<>())
        .computeIfAbsent(words.get(0), w -> new ArrayList<>())
        .add(new Phrase(List.copyOf(words), value));
  }

  private static void setting(
      DataLine line,
      String name,
      String value,
      Map<String, Set<String>> allowed,
      Map<String, String> settings) {
    Set<String> values = allowed.get(name);
    if (values == null) {
      throw line.error("unknown setting '" + name + "'");
    }
    if (!values.contains(value)) {
      throw line.error(
          name
              + " must be one of "
              + String.join(" | ", values.stream().sorted().toList())
              + ", got '"
              + value
              + "'");
    }
    if (settings.putIfAbsent(name, value) != null) {
      throw line.error("setting '" + name + "' is given twice");
    }
  }

  private static <K extends Enum<K> & PhraseKind> K byLabel(Class<K> kinds, String label) {
    for (K k : kinds.getEnumConstants()) {
      if (k.label().equals(label)) {
        return k;
      }
    }
    return null;
  }
}
