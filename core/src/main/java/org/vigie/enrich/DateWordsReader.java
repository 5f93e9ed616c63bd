package org.vigie.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Parses a date word file into {@link DateWords}; every malformed line fails as file:line. */
final class DateWordsReader {

  private static final Logger LOG = LoggerFactory.getLogger(DateWordsReader.class);

  private final String name;
  private final Map<WordKind, Map<String, List<DateWords.Form>>> forms =
      new EnumMap<>(WordKind.class);
  private final Map<String, Integer> seen = new HashMap<>();
  private boolean numericDayFirst = true;
  private boolean monthFirst = false;
  private int count;

  private DateWordsReader(String name) {
    this.name = name;
  }

  static DateWords read(String lang, String name, Reader source) {
    DateWordsReader reader = new DateWordsReader(name);
    try (BufferedReader in = new BufferedReader(source)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        reader.line(number, line);
      }
    } catch (IOException e) {
      throw new DateWordsException(name + ": cannot read: " + e.getMessage(), e);
    }
    LOG.debug("{}: {} date words", name, reader.count);
    reader.sortLongestFirst();
    return new DateWords(lang, reader.forms, reader.numericDayFirst, reader.monthFirst);
  }

  private void line(int number, String line) {
    int hash = line.indexOf('#');
    String content = hash < 0 ? line : line.substring(0, hash);
    if (content.isBlank()) {
      return;
    }
    String[] columns = content.split("\t");
    if (columns.length != 3) {
      throw error(
          number, "expected 3 TAB-separated columns (kind, value, forms), got " + columns.length);
    }
    String label = columns[0].strip();
    String value = columns[1].strip();
    String written = columns[2].strip();
    if (label.equals("setting")) {
      setting(number, value, written);
      return;
    }
    WordKind kind = WordKind.byLabel(label);
    if (kind == null) {
      throw error(number, "unknown kind '" + label + "'");
    }
    String bad = kind.checkValue(value);
    if (bad != null) {
      throw error(number, bad + ", got '" + value + "'");
    }
    int added = 0;
    for (String form : written.split("\\|")) {
      if (!form.isBlank()) {
        add(number, kind, value, form.strip());
        added++;
      }
    }
    if (added == 0) {
      throw error(number, "no forms");
    }
  }

  private void add(int number, WordKind kind, String value, String form) {
    Tokens pieces = Tokens.of(form);
    List<String> words = new ArrayList<>(pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      words.add(pieces.word(i));
    }
    if (words.isEmpty()) {
      throw error(number, "form '" + form + "' has nothing to match");
    }
    if (kind == WordKind.DAY_SUFFIX && (words.size() != 1 || pieces.digits(0) > 0)) {
      throw error(number, "a day suffix is one word of letters, got '" + form + "'");
    }
    String key = kind.label() + " " + String.join(" ", words);
    Integer earlier = seen.putIfAbsent(key, number);
    if (earlier != null) {
      throw error(number, "'" + form + "' is already a " + kind.label() + " at line " + earlier);
    }
    forms
        .computeIfAbsent(kind, k -> new HashMap<>())
        .computeIfAbsent(words.get(0), w -> new ArrayList<>())
        .add(new DateWords.Form(List.copyOf(words), value));
    count++;
  }

  private void setting(int number, String setting, String value) {
    switch (setting) {
      case "numeric-order" -> numericDayFirst = choice(number, setting, value, "dmy", "mdy");
      case "month-first" -> monthFirst = choice(number, setting, value, "yes", "no");
      default -> throw error(number, "unknown setting '" + setting + "'");
    }
  }

  private boolean choice(int number, String setting, String value, String yes, String no) {
    if (value.equals(yes) || value.equals(no)) {
      return value.equals(yes);
    }
    throw error(number, setting + " must be " + yes + " or " + no + ", got '" + value + "'");
  }

  private void sortLongestFirst() {
    Comparator<DateWords.Form> longestFirst =
        Comparator.comparingInt((DateWords.Form f) -> f.words().size()).reversed();
    for (Map<String, List<DateWords.Form>> byFirst : forms.values()) {
      byFirst.replaceAll((first, list) -> list.stream().sorted(longestFirst).toList());
    }
  }

  private DateWordsException error(int number, String reason) {
    return DateWordsException.at(name, number, reason);
  }
}
