package org.vigie.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnnotatedDocument;
import org.vigie.model.Article;
import org.vigie.model.CleanArticle;
import org.vigie.model.CleaningReport;
import org.vigie.model.DateMention;
import org.vigie.model.DateMention.Precision;
import org.vigie.model.Sentence;
import org.vigie.model.Span;

class DateResolverTest {

  private static final DateResolver RESOLVER = DateAssertions.RESOLVER;
  private static final LocalDate THURSDAY = LocalDate.parse("2015-10-01");

  @Test
  void spansAreDocumentOffsets() {
    List<DateMention> found =
        RESOLVER.find("Les frappes ont commencé mercredi.", 4, 1000, THURSDAY, "fr");
    assertEquals(
        List.of(new DateMention(4, new Span(1025, 1033), "mercredi", "2015-09-30", Precision.DAY)),
        found);
  }

  @Test
  void sentenceRecordGivesIndexAndOffset() {
    Sentence s = new Sentence(2, new Span(50, 70), "Depuis 2011, la guerre.", List.of(), false);
    DateMention m = RESOLVER.find(s, THURSDAY, "fr").get(0);
    assertEquals(new Span(50, 61), m.span());
    assertEquals(2, m.sentence());
    assertEquals(Precision.YEAR, m.precision());
  }

  @Test
  void documentIsReadWithItsDateAndLanguage() {
    String text = "Il est arrivé hier.\nDepuis 2011, la guerre.";
    Article article = new Article("a1", null, null, THURSDAY, "fr", text, "test");
    CleanArticle clean =
        new CleanArticle(
            article,
            text,
            List.of(new Span(0, 19), new Span(20, 43)),
            new CleaningReport(2, 2, 0, List.of(), null));
    AnnotatedDocument document =
        new AnnotatedDocument(
            clean,
            "fr",
            List.of(
                new Sentence(0, new Span(0, 19), "Il est arrivé hier.", List.of(), false),
                new Sentence(1, new Span(20, 43), "Depuis 2011, la guerre.", List.of(), false)));
    List<DateMention> found = RESOLVER.find(document);
    assertEquals(
        List.of(
            new DateMention(0, new Span(14, 18), "hier", "2015-09-30", Precision.DAY),
            new DateMention(1, new Span(20, 31), "Depuis 2011", "2011", Precision.YEAR)),
        found);
  }

  @Test
  void withoutArticleDateOnlyFullDatesResolve() {
    List<DateMention> found =
        RESOLVER.find("Mercredi, soit le 30 septembre 2015, puis hier.", 0, 0, null, "fr");
    assertEquals(1, found.size());
    assertEquals("30 septembre 2015", found.get(0).text());
  }

  @Test
  void unknownLanguageGivesNoDates() {
    assertTrue(RESOLVER.find("el miércoles", 0, 0, THURSDAY, "es").isEmpty());
    assertEquals(Set.of("fr", "en"), RESOLVER.languages());
  }

  @Test
  void callerMistakesFailAtOnce() {
    assertThrows(NullPointerException.class, () -> RESOLVER.find(null, 0, 0, THURSDAY, "fr"));
    assertThrows(
        IllegalArgumentException.class, () -> RESOLVER.find("hier", 0, -1, THURSDAY, "fr"));
    DateWords fr = DateWords.bundled("fr");
    assertThrows(IllegalArgumentException.class, () -> new DateResolver(List.of(fr, fr)));
  }
}
