package org.vigie.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigie.model.DateMention;
import org.vigie.model.Quantity;
import org.vigie.model.ResolvedDocument;
import org.vigie.model.Sentence;
import org.vigie.model.Span;

/**
 * Finds counts and what they count: {@code plus de 250.000 morts} is 250000 deaths, "more than";
 * {@code près de 30.000 personnes ... combattent} is 30000 fighters, "about"; {@code a dozen
 * soldiers were wounded} is 12 injured. Numbers in digits in the language's format (250.000, 250
 * 000, 30,000, 1,5 million) or in words (deux mille, a dozen); vague plurals (des centaines,
 * thousands of), dates, measures and names are left out.
 *
 * <p>Immutable and thread-safe: build one with its word lists and share it.
 */
public final class QuantityExtractor {

  private final Map<String, QuantityWords> byLang;

  /** An extractor for the languages of {@code words}; one list per language. */
  public QuantityExtractor(List<QuantityWords> words) {
    Map<String, QuantityWords> map = new HashMap<>();
    for (QuantityWords w : words) {
      if (map.putIfAbsent(w.lang(), w) != null) {
        throw new IllegalArgumentException("two quantity word lists for language " + w.lang());
      }
    }
    this.byLang = Map.copyOf(map);
  }

  /** An extractor with the word lists shipped with Vigie (French and English). Reads them now. */
  public static QuantityExtractor bundled() {
    return new QuantityExtractor(List.of(QuantityWords.bundled("fr"), QuantityWords.bundled("en")));
  }

  /** The languages this extractor reads. */
  public Set<String> languages() {
    return byLang.keySet();
  }

  /** The counts of every sentence of {@code doc}; the numbers of its dates are not counts. */
  public List<Quantity> find(ResolvedDocument doc) {
    Objects.requireNonNull(doc, "doc");
    List<Quantity> out = new ArrayList<>();
    for (Sentence s : doc.document().sentences()) {
      out.addAll(find(s, doc.document().lang(), doc.dates()));
    }
    return List.copyOf(out);
  }

  /**
   * The counts of one sentence.
   *
   * @param lang its language; a language without a word list gives no counts
   * @param dates the dates found in the document (or in this sentence): their numbers are not
   *     counts
   * @return the counts in text order, with document offsets
   */
  public List<Quantity> find(Sentence sentence, String lang, List<DateMention> dates) {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(lang, "lang");
    QuantityWords words = byLang.get(lang);
    if (words == null || sentence.text().isEmpty()) {
      return List.of();
    }
    List<Span> notCounts = new ArrayList<>();
    for (DateMention d : dates) {
      notCounts.add(d.span());
    }
    int offset = sentence.span().start();
    QuantityScanner scanner = new QuantityScanner(words, sentence, offset, notCounts);
    Tokens pieces = scanner.pieces();
    List<Quantity> out = new ArrayList<>();
    for (QuantityScanner.Found f : scanner.scan()) {
      int start = pieces.start(f.start());
      int end = pieces.end(f.end() - 1);
      out.add(
          new Quantity(
              new Span(offset + start, offset + end),
              sentence.text().substring(start, end),
              f.value(),
              f.qualifier(),
              f.kind(),
              sentence.index()));
    }
    return List.copyOf(out);
  }
}
