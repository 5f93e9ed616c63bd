package org.vigie.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.vigie.model.Article;
import org.vigie.model.Quantity;
import org.vigie.model.ResolvedDocument;
import org.vigie.testing.Fixtures;

/** Example-style assertions on counts found by the real pipeline and the bundled lists. */
final class QuantityAssertions {

  static final QuantityExtractor EXTRACTOR = QuantityExtractor.bundled();

  private final String lang;

  QuantityAssertions(String lang) {
    this.lang = lang;
  }

  /** The counts of {@code text}, a document dated 2015-10-01. */
  List<Quantity> quantities(String text) {
    return EXTRACTOR.find(resolve(text));
  }

  ResolvedDocument resolve(String text) {
    Article article =
        new Article("test", null, null, LocalDate.of(2015, 10, 1), lang, text, "test");
    return Fixtures.pipeline().process(article).resolved();
  }

  /**
   * {@code text} holds exactly the counts {@code expected}, each written "value kind qualifier"
   * ({@code "250000 deaths more than"}, {@code "12 troops null"}).
   */
  void assertCounts(String text, String... expected) {
    List<String> found =
        quantities(text).stream()
            .map(q -> q.value() + " " + q.kind() + " " + q.qualifier())
            .toList();
    assertEquals(List.of(expected), found, () -> "counts in \"" + text + "\"");
  }

  /** {@code text} holds one count, written {@code written}. */
  void assertWritten(String text, String written) {
    List<Quantity> found = quantities(text);
    assertEquals(1, found.size(), () -> "counts in \"" + text + "\": " + found);
    Quantity q = found.get(0);
    assertEquals(written, q.text());
    assertEquals(written, text.substring(q.span().start(), q.span().end()), "span");
  }
}
