package org.vigie.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The date words of one language: weekday and month names, relative words, qualifiers and the two
 * reading settings, as listed in a word file ({@code dates-fr.tsv} documents the format). Immutable
 * and thread-safe; load it once and share it.
 */
public final class DateWords {

  /** One way of writing a word: its folded pieces, longest forms first in each list. */
  record Form(List<String> words, String value) {

    /** Whether a modifier of this form stands after its word ("mercredi dernier"). */
    boolean isAfterPosition() {
      return value.equals(WordKind.Positions.AFTER);
    }

    boolean matches(Tokens tokens, int at) {
      for (int k = 0; k < words.size(); k++) {
        if (!tokens.is(at + k, words.get(k))) {
          return false;
        }
      }
      return true;
    }
  }

  /** A word found in a sentence: the piece after it, and its value from the list. */
  record Hit(int end, String value) {

    int number() {
      return Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
    }
  }

  private final String lang;
  private final Map<String, Map<WordKind, List<Form>>> byFirstWord;
  private final Set<String> starters;
  private final boolean numericDayFirst;
  private final boolean monthFirst;

  /**
   * @param forms the forms of each kind, by their first folded word, longest first
   */
  DateWords(
      String lang,
      Map<WordKind, Map<String, List<Form>>> forms,
      boolean numericDayFirst,
      boolean monthFirst) {
    this.lang = Objects.requireNonNull(lang, "lang");
    Map<String, Map<WordKind, List<Form>>> byFirst = new HashMap<>();
    Set<String> opening = new HashSet<>();
    forms.forEach(
        (kind, byWord) ->
            byWord.forEach(
                (first, list) -> {
                  byFirst
                      .computeIfAbsent(first, w -> new EnumMap<>(WordKind.class))
                      .put(kind, List.copyOf(list));
                  if (kind.opens() && list.stream().anyMatch(f -> !f.isAfterPosition())) {
                    opening.add(first);
                  }
                }));
    byFirst.replaceAll((first, kinds) -> Collections.unmodifiableMap(kinds));
    this.byFirstWord = Map.copyOf(byFirst);
    this.starters = Set.copyOf(opening);
    this.numericDayFirst = numericDayFirst;
    this.monthFirst = monthFirst;
  }

  /** The list shipped with Vigie for {@code lang} ({@code fr}, {@code en}). */
  public static DateWords bundled(String lang) {
    String path = "/org/vigie/enrich/dates-" + lang + ".tsv";
    InputStream in = DateWords.class.getResourceAsStream(path);
    if (in == null) {
      throw new DateWordsException(path + ": not found on the class path");
    }
    return read(lang, "dates-" + lang + ".tsv", new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** A list on disk, in the format of the bundled ones. */
  public static DateWords file(String lang, Path path) {
    try {
      return read(lang, path.toString(), Files.newBufferedReader(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DateWordsException(path + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a list from {@code source}, which is closed afterwards.
   *
   * @param name file name used in error messages
   * @throws DateWordsException on a malformed line, as {@code name:line: reason}
   */
  public static DateWords read(String lang, String name, Reader source) {
    return DateWordsReader.read(lang, name, source);
  }

  public String lang() {
    return lang;
  }

  /** Whether {@code 05/06/2015} is the 5th of June (true) or May 6th. */
  boolean numericDayFirst() {
    return numericDayFirst;
  }

  /** Whether "Month Day" ({@code September 30}) is read as well as "Day Month". */
  boolean monthFirst() {
    return monthFirst;
  }

  /** The forms of every kind whose first folded word is {@code word}, or null. */
  Map<WordKind, List<Form>> startingWith(String word) {
    return byFirstWord.get(word);
  }

  /** Whether some date expression can open with the folded word {@code word}. */
  boolean opens(String word) {
    return starters.contains(word);
  }

  /** Whether the single folded word {@code word} is listed under {@code kind}. */
  boolean has(WordKind kind, String word) {
    Map<WordKind, List<Form>> kinds = byFirstWord.get(word);
    List<Form> candidates = kinds == null ? null : kinds.get(kind);
    return candidates != null && candidates.stream().anyMatch(f -> f.words().size() == 1);
  }
}
