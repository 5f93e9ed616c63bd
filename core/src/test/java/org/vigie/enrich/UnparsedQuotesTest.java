package org.vigie.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vigie.model.Actor;
import org.vigie.model.ActorMention;
import org.vigie.model.AnnotatedDocument;
import org.vigie.model.Article;
import org.vigie.model.CleanArticle;
import org.vigie.model.CleaningReport;
import org.vigie.model.Quantity;
import org.vigie.model.Quote;
import org.vigie.model.ResolvedDocument;
import org.vigie.model.Sentence;
import org.vigie.model.Span;
import org.vigie.model.Token;

/**
 * Quotes and counts on sentences that were not parsed, as the pipeline leaves most of them: tokens
 * with words and offsets only, no tags, lemmas nor relations. Documents are built by hand.
 */
class UnparsedQuotesTest {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
  private static final Actor KERRY = new Actor("USAGOV", "John Kerry", "USA");

  /** One sentence, unparsed, with {@code name} a mention of {@code actor}. */
  private static ResolvedDocument document(String lang, String text, String name, Actor actor) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      tokens.add(new Token(tokens.size(), m.group(), m.group(), "X", m.start(), m.end(), -1, null));
    }
    Span all = new Span(0, text.length());
    Sentence sentence = new Sentence(0, all, text, tokens, false);
    Article article = new Article("t", null, null, LocalDate.of(2015, 10, 1), lang, text, "t");
    CleanArticle clean =
        new CleanArticle(article, text, List.of(all), new CleaningReport(1, 1, 0, List.of(), null));
    int at = text.indexOf(name);
    Span span = new Span(at, at + name.length());
    int first = 0;
    while (tokens.get(first).start() < at) {
      first++;
    }
    int last = first;
    while (last + 1 < tokens.size() && tokens.get(last + 1).end() <= span.end()) {
      last++;
    }
    ActorMention mention =
        new ActorMention(0, first, last, first, span, name, actor, ActorMention.Kind.NAME);
    return new ResolvedDocument(
        new AnnotatedDocument(clean, lang, List.of(sentence)), List.of(mention), List.of());
  }

  private static void assertSpeaker(String lang, String text, String quoted) {
    List<Quote> quotes = QuoteAssertions.EXTRACTOR.find(document(lang, text, "John Kerry", KERRY));
    assertEquals(1, quotes.size(), quotes::toString);
    QuoteAssertions.assertQuote(quotes.get(0), quoted, "John Kerry", "USAGOV");
  }

  @Test
  void speakersFromTheWordsAlone() {
    assertSpeaker(
        "fr",
        "« Nous ne céderons pas devant ces menaces », a fait savoir John Kerry mardi.",
        "Nous ne céderons pas devant ces menaces");
    assertSpeaker(
        "fr",
        "John Kerry a déclaré : « Nous ne céderons pas devant ces menaces ».",
        "Nous ne céderons pas devant ces menaces");
    assertSpeaker(
        "fr",
        "Selon John Kerry, « nous ne céderons pas devant ces menaces ».",
        "nous ne céderons pas devant ces menaces");
    assertSpeaker(
        "en",
        "\"We will not give in to these threats,\" John Kerry said on Tuesday.",
        "We will not give in to these threats");
    assertSpeaker(
        "en",
        "\"We will not give in to these threats,\" according to John Kerry.",
        "We will not give in to these threats");
  }

  @Test
  void countsFromTheWordsAlone() {
    String text = "Les frappes ont tué au moins 30 personnes, selon John Kerry, en 2015.";
    List<Quantity> found =
        QuantityAssertions.EXTRACTOR.find(document("fr", text, "John Kerry", KERRY));
    assertEquals(1, found.size(), found::toString);
    assertEquals(30, found.get(0).value());
    assertEquals("deaths", found.get(0).kind());
    assertEquals("at least", found.get(0).qualifier());
  }
}
