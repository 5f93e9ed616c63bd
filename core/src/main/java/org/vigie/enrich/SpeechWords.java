package org.vigie.enrich;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigie.dictionary.DataFile;
import org.vigie.dictionary.DataLine;

/**
 * The words of one language that attribute quotes: verbs of saying, "selon", and the words that may
 * stand around them ({@code speech-fr.tsv} documents the format). Immutable and thread-safe.
 */
public final class SpeechWords {

  private final String lang;
  private final PhraseList<SpeechKind> phrases;

  private SpeechWords(String lang, PhraseList<SpeechKind> phrases) {
    this.lang = Objects.requireNonNull(lang, "lang");
    this.phrases = phrases;
  }

  /** The list shipped with Vigie for {@code lang} ({@code fr}, {@code en}). */
  public static SpeechWords bundled(String lang) {
    return of(lang, DataFile.resource("/org/vigie/enrich/speech-" + lang + ".tsv"));
  }

  /** A list on disk, in the format of the bundled ones. */
  public static SpeechWords file(String lang, Path path) {
    return of(lang, DataFile.file(path));
  }

  /**
   * A list from lines already read.
   *
   * @throws org.vigie.dictionary.DictionaryException on a malformed line, as {@code file:line:
   *     reason}
   */
  public static SpeechWords of(String lang, List<DataLine> lines) {
    return new SpeechWords(lang, PhraseList.read(SpeechKind.class, lines, Map.of()));
  }

  public String lang() {
    return lang;
  }

  PhraseList.Hit match(SpeechKind kind, Tokens tokens, int at) {
    return phrases.match(kind, tokens, at);
  }

  PhraseList.Hit matchEndingAt(SpeechKind kind, Tokens tokens, int last) {
    return phrases.matchEndingAt(kind, tokens, last);
  }

  boolean has(SpeechKind kind, String folded) {
    return folded != null && phrases.value(kind, folded) != null;
  }
}
