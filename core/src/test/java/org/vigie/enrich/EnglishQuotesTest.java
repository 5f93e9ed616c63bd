package org.vigie.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Quote;

/** Direct quotes in English articles and who said them. */
class EnglishQuotesTest {

  private static final QuoteAssertions EN = new QuoteAssertions("en");

  @Test
  void speakerAfterTheVerb() {
    EN.assertQuote(
        "\"This is not the end of the road,\" said John Kerry.",
        "This is not the end of the road",
        "John Kerry",
        "USAGOV");
  }

  @Test
  void speakerBeforeTheVerb() {
    EN.assertQuote(
        "\"We have agreed to look at a number of scenarios,\" John Kerry said on Wednesday.",
        "We have agreed to look at a number of scenarios",
        "John Kerry",
        "USAGOV");
  }

  @Test
  void pronounIsResolvedToItsAntecedent() {
    List<Quote> quotes =
        EN.quotes(
            "Secretary of State John Kerry arrived in Moscow on Tuesday.\n"
                + "\u201cWe have agreed to look at a number of scenarios,\u201d he said.");
    assertEquals(1, quotes.size(), quotes::toString);
    QuoteAssertions.assertQuote(
        quotes.get(0), "We have agreed to look at a number of scenarios", "he", "USAGOV");
  }

  @Test
  void speakerBeforeTheQuote() {
    EN.assertQuote(
        "Sergei Lavrov told reporters: \"The strikes will continue as long as necessary.\"",
        "The strikes will continue as long as necessary.",
        "Sergei Lavrov",
        "RUSGOV");
  }

  @Test
  void accordingTo() {
    EN.assertQuote(
        "According to Sergei Lavrov, \"the strikes will continue as long as necessary.\"",
        "the strikes will continue as long as necessary.",
        "Sergei Lavrov",
        "RUSGOV");
    EN.assertQuote(
        "\"The strikes will continue as long as necessary\", according to Sergei Lavrov.",
        "The strikes will continue as long as necessary",
        "Sergei Lavrov",
        "RUSGOV");
  }

  @Test
  void aQuoteBrokenByAndIsOneQuote() {
    List<Quote> quotes =
        EN.quotes(
            "\"We talked about the crisis in Syria.\" And \"we will look at these options,\""
                + " said John Kerry.");
    assertEquals(1, quotes.size(), quotes::toString);
    QuoteAssertions.assertQuote(
        quotes.get(0),
        "We talked about the crisis in Syria. we will look at these options",
        "John Kerry",
        "USAGOV");
  }

  @Test
  void aQuoteContinuedInTheNextParagraphIsJoined() {
    List<Quote> quotes =
        EN.quotes(
            "\"We will not let this happen, and we will tell our partners so.\n"
                + "\"This war must stop now,\" said John Kerry.");
    assertEquals(1, quotes.size(), quotes::toString);
    QuoteAssertions.assertQuote(
        quotes.get(0),
        "We will not let this happen, and we will tell our partners so. This war must stop now",
        "John Kerry",
        "USAGOV");
  }

  @Test
  void scareQuotesAreNotQuotes() {
    EN.assertNoQuote("John Kerry hailed a \"historic\" agreement with Iran.");
  }
}
