package org.vigie.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigie.model.AnnotatedDocument;
import org.vigie.model.DateMention;
import org.vigie.model.Sentence;
import org.vigie.model.Span;

/**
 * Finds the date expressions of a sentence and resolves each against the article date: {@code
 * mercredi} in an article of Thursday 2015-10-01 is {@code 2015-09-30}, {@code Depuis août 2014} is
 * {@code 2014-08}, {@code Début 2014} is {@code 2014}.
 *
 * <p>Immutable and thread-safe: build one with its word lists and share it. Each call only reads
 * the lists; the work is a single left-to-right pass over the sentence with table look-ups.
 *
 * <p>How incomplete dates are read (a weekday, a month without a year, "la semaine dernière") is
 * documented on {@link Anchoring}. Without an article date only dates that carry their year
 * resolve.
 */
public final class DateResolver {

  private final Map<String, DateWords> byLang;

  /** A resolver for the languages of {@code words}; one list per language. */
  public DateResolver(List<DateWords> words) {
    Map<String, DateWords> map = new HashMap<>();
    for (DateWords w : words) {
      if (map.putIfAbsent(w.lang(), w) != null) {
        throw new IllegalArgumentException("two date word lists for language " + w.lang());
      }
    }
    this.byLang = Map.copyOf(map);
  }

  /** A resolver with the word lists shipped with Vigie (French and English). Reads them now. */
  public static DateResolver bundled() {
    return new DateResolver(List.of(DateWords.bundled("fr"), DateWords.bundled("en")));
  }

  /** The languages this resolver reads. */
  public Set<String> languages() {
    return byLang.keySet();
  }

  /**
   * The dates of one sentence.
   *
   * @param text the sentence as written
   * @param sentenceIndex index of the sentence in the document, copied into each mention
   * @param offset where the sentence starts in the document, so that spans are document offsets
   * @param articleDate publication date that relative dates are read from; null when unknown
   * @param lang language of the text; a language without a word list gives no dates
   * @return the dates in text order, without overlaps
   */
  public List<DateMention> find(
      String text, int sentenceIndex, int offset, LocalDate articleDate, String lang) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lang, "lang");
    if (offset < 0) {
      throw new IllegalArgumentException("negative offset " + offset);
    }
    DateWords words = byLang.get(lang);
    if (words == null || text.isEmpty()) {
      return List.of();
    }
    Tokens tokens = Tokens.of(text);
    List<Found> found = new DateScanner(words, tokens, articleDate).scan();
    List<DateMention> out = new ArrayList<>(found.size());
    for (Found f : found) {
      int start = tokens.start(f.first());
      int end = tokens.end(f.end() - 1);
      Span span = new Span(offset + start, offset + end);
      out.add(
          new DateMention(
              sentenceIndex, span, text.substring(start, end), f.value(), f.precision()));
    }
    return List.copyOf(out);
  }

  /** The dates of {@code sentence}, its index and offsets taken from the record. */
  public List<DateMention> find(Sentence sentence, LocalDate articleDate, String lang) {
    return find(sentence.text(), sentence.index(), sentence.span().start(), articleDate, lang);
  }

  /** The dates of every sentence of {@code document}, read from its article's date. */
  public List<DateMention> find(AnnotatedDocument document) {
    LocalDate date = document.article().article().date();
    List<DateMention> out = new ArrayList<>();
    for (Sentence s : document.sentences()) {
      out.addAll(find(s, date, document.lang()));
    }
    return List.copyOf(out);
  }
}
