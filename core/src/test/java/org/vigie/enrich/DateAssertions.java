package org.vigie.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.vigie.model.DateMention;
import org.vigie.model.DateMention.Precision;

/** Example-style assertions on the bundled resolver, for one language. */
final class DateAssertions {

  static final DateResolver RESOLVER = DateResolver.bundled();

  private final String lang;

  DateAssertions(String lang) {
    this.lang = lang;
  }

  /** {@code text} is one date expression, as a whole, that resolves to {@code value}. */
  void assertDate(String text, String articleDate, String value) {
    assertMention(text, articleDate, text, value);
  }

  /**
   * {@code sentence} holds exactly one date, written {@code mention}, resolving to {@code value}.
   */
  void assertMention(String sentence, String articleDate, String mention, String value) {
    List<DateMention> found = find(sentence, articleDate);
    assertEquals(1, found.size(), () -> "dates in \"" + sentence + "\": " + found);
    DateMention m = found.get(0);
    assertEquals(mention, m.text(), () -> "mention in \"" + sentence + "\"");
    assertEquals(value, m.value(), () -> "value of \"" + mention + "\"");
    assertEquals(precisionOf(value), m.precision(), () -> "precision of \"" + mention + "\"");
  }

  /** {@code sentence} holds no date at all. */
  void assertNoDate(String sentence, String articleDate) {
    List<DateMention> found = find(sentence, articleDate);
    assertTrue(found.isEmpty(), () -> "expected no date in \"" + sentence + "\", got " + found);
  }

  List<DateMention> find(String sentence, String articleDate) {
    LocalDate date = articleDate == null ? null : LocalDate.parse(articleDate);
    return RESOLVER.find(sentence, 0, 0, date, lang);
  }

  private static Precision precisionOf(String value) {
    return switch (value.length()) {
      case 10 -> Precision.DAY;
      case 7 -> Precision.MONTH;
      default -> Precision.YEAR;
    };
  }
}
