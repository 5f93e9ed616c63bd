package org.vigie.enrich;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigie.dictionary.DataFile;
import org.vigie.dictionary.DataLine;
import org.vigie.dictionary.DictionaryException;

/**
 * The words of one language for counts: number words, qualifiers, what is counted and the verbs
 * that say what the counted underwent ({@code quantities-fr.tsv} documents the format), with the
 * kinds of quantity they may name ({@code quantity-kinds.tsv}). Immutable and thread-safe.
 */
public final class QuantityWords {

  /** How the verb of a clause may change a kind: the second column of quantity-kinds.tsv. */
  enum Counts {
    CASUALTY,
    GENERIC,
    PERSONS,
    THINGS
  }

  private static final String KINDS = "/org/vigie/enrich/quantity-kinds.tsv";

  private final String lang;
  private final PhraseList<QuantityKind> phrases;
  private final Map<String, Counts> kinds;
  private final char decimal;

  private QuantityWords(
      String lang, PhraseList<QuantityKind> phrases, Map<String, Counts> kinds, char decimal) {
    this.lang = Objects.requireNonNull(lang, "lang");
    this.phrases = phrases;
    this.kinds = Map.copyOf(kinds);
    this.decimal = decimal;
  }

  /** The list shipped with Vigie for {@code lang} ({@code fr}, {@code en}). */
  public static QuantityWords bundled(String lang) {
    return of(
        lang,
        DataFile.resource("/org/vigie/enrich/quantities-" + lang + ".tsv"),
        DataFile.resource(KINDS));
  }

  /** A list on disk, in the format of the bundled ones, with the bundled kinds. */
  public static QuantityWords file(String lang, Path path) {
    return of(lang, DataFile.file(path), DataFile.resource(KINDS));
  }

  /**
   * A list from lines already read.
   *
   * @param words the lines of a file like {@code quantities-fr.tsv}
   * @param kinds the lines of a file like {@code quantity-kinds.tsv}
   * @throws org.vigie.dictionary.DictionaryException on a malformed line, as {@code file:line:
   *     reason}
   */
  public static QuantityWords of(String lang, List<DataLine> words, List<DataLine> kinds) {
    Map<String, Counts> byKind = readKinds(kinds);
    for (DataLine line : words) {
      String label = line.optional(0);
      if ((label.equals("counted") || label.equals("action"))
          && !byKind.containsKey(line.optional(1))) {
        throw line.error("unknown kind of quantity '" + line.optional(1) + "'");
      }
    }
    PhraseList<QuantityKind> phrases =
        PhraseList.read(QuantityKind.class, words, Map.of("decimal", Set.of(",", ".")));
    String decimal = phrases.setting("decimal");
    if (decimal == null) {
      throw new DictionaryException(
          (words.isEmpty() ? "word list" : words.get(0).file()) + ": no decimal setting");
    }
    return new QuantityWords(lang, phrases, byKind, decimal.charAt(0));
  }

  private static Map<String, Counts> readKinds(List<DataLine> lines) {
    Map<String, Counts> out = new HashMap<>();
    for (DataLine line : lines) {
      if (line.columns().size() != 2) {
        throw line.error("expected 2 TAB-separated columns (kind, counts)");
      }
      String kind = line.required(0, "kind");
      if (!kind.matches("[a-z][a-z-]*")) {
        throw line.error("a kind is written in lower case letters, got '" + kind + "'");
      }
      Counts counts;
      try {
        counts = Counts.valueOf(line.required(1, "counts").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw line.error("counts must be casualty | generic | persons | things");
      }
      if (out.putIfAbsent(kind, counts) != null) {
        throw line.error("kind '" + kind + "' is listed twice");
      }
    }
    return out;
  }

  public String lang() {
    return lang;
  }

  /** The decimal mark: {@code ,} in French, {@code .} in English. */
  char decimal() {
    return decimal;
  }

  /** The mark that groups thousands: the other one. */
  char grouping() {
    return decimal == ',' ? '.' : ',';
  }

  Counts counts(String kind) {
    return kinds.get(kind);
  }

  PhraseList.Hit match(QuantityKind kind, Tokens tokens, int at) {
    return phrases.match(kind, tokens, at);
  }

  PhraseList.Hit matchEndingAt(QuantityKind kind, Tokens tokens, int last) {
    return phrases.matchEndingAt(kind, tokens, last);
  }

  /** The value of the one-word form {@code folded} under {@code kind}, or null. */
  String value(QuantityKind kind, String folded) {
    return folded == null ? null : phrases.value(kind, folded);
  }
}
