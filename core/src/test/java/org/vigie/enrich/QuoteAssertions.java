package org.vigie.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.vigie.model.Article;
import org.vigie.model.Quote;
import org.vigie.model.ResolvedDocument;
import org.vigie.testing.Fixtures;

/** Example-style assertions on quotes found by the real pipeline and the bundled lists. */
final class QuoteAssertions {

  static final QuoteExtractor EXTRACTOR = QuoteExtractor.bundled();

  private final String lang;

  QuoteAssertions(String lang) {
    this.lang = lang;
  }

  /** The quotes of {@code text}, a document of paragraphs on lines, dated 2015-10-01. */
  List<Quote> quotes(String text) {
    return EXTRACTOR.find(resolve(text));
  }

  ResolvedDocument resolve(String text) {
    Article article =
        new Article("test", null, null, LocalDate.of(2015, 10, 1), lang, text, "test");
    return Fixtures.pipeline().process(article).resolved();
  }

  /**
   * {@code text} holds one quote, {@code quoted}, said by {@code speaker} of actor {@code code}.
   */
  void assertQuote(String text, String quoted, String speaker, String code) {
    List<Quote> found = quotes(text);
    assertEquals(1, found.size(), () -> "quotes in \"" + text + "\": " + found);
    assertQuote(found.get(0), quoted, speaker, code);
  }

  static void assertQuote(Quote q, String quoted, String speaker, String code) {
    assertEquals(quoted, q.text(), "quoted words");
    assertEquals(speaker, q.speakerText(), () -> "speaker of \"" + quoted + "\"");
    if (code == null) {
      assertNull(q.speaker(), () -> "actor of \"" + quoted + "\"");
    } else {
      assertEquals(code, q.speaker() == null ? null : q.speaker().code(), "actor of " + speaker);
    }
  }

  /** {@code text} holds no quote. */
  void assertNoQuote(String text) {
    List<Quote> found = quotes(text);
    assertEquals(List.of(), found, () -> "quotes in \"" + text + "\"");
  }
}
