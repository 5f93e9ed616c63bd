package org.vigie.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Quote;

/** Direct quotes in French articles and who said them. */
class FrenchQuotesTest {

  private static final QuoteAssertions FR = new QuoteAssertions("fr");

  private static final String LAVROV =
      "Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé à Paris mardi.\n";

  @Test
  void speakerAfterTheVerb() {
    FR.assertQuote(
        "« Nous avons parlé des moyens de régler la crise », a déclaré John Kerry mardi.",
        "Nous avons parlé des moyens de régler la crise",
        "John Kerry",
        "USAGOV");
  }

  @Test
  void causativeVerbsOfSaying() {
    FR.assertQuote(
        "\"Nous allons examiner ces scénarios à l'avenir\", a fait savoir John Kerry.",
        "Nous allons examiner ces scénarios à l'avenir",
        "John Kerry",
        "USAGOV");
    FR.assertQuote(
        "\"Lavrov les proposera aussi au président\", a fait remarquer M.Kerry.",
        "Lavrov les proposera aussi au président",
        "M.Kerry",
        "USAGOV");
  }

  @Test
  void invertedPronounIsResolvedToItsAntecedent() {
    List<Quote> quotes =
        FR.quotes(
            LAVROV
                + "« Nous ne céderons jamais devant ces menaces », a-t-il déclaré. "
                + "« C'est une erreur que nous ne répéterons pas », dit-il encore.");
    assertEquals(2, quotes.size(), quotes::toString);
    QuoteAssertions.assertQuote(
        quotes.get(0), "Nous ne céderons jamais devant ces menaces", "il", "RUSGOV");
    QuoteAssertions.assertQuote(
        quotes.get(1), "C'est une erreur que nous ne répéterons pas", "il", "RUSGOV");
  }

  @Test
  void speakerBeforeTheQuote() {
    FR.assertQuote(
        "Laurent Fabius a déclaré : « La France restera mobilisée contre le terrorisme. »",
        "La France restera mobilisée contre le terrorisme.",
        "Laurent Fabius",
        "FRAGOV");
    FR.assertQuote(
        "Le ministre russe Sergueï Lavrov a ajouté qu'il voulait « trouver une solution politique"
            + " au conflit ».",
        "trouver une solution politique au conflit",
        "ministre russe Sergueï Lavrov",
        "RUSGOV");
  }

  @Test
  void selonIntroducesTheSpeaker() {
    FR.assertQuote(
        "Selon Laurent Fabius, « la France restera mobilisée contre le terrorisme ».",
        "la France restera mobilisée contre le terrorisme",
        "Laurent Fabius",
        "FRAGOV");
    FR.assertQuote(
        "« Les frappes continueront aussi longtemps que nécessaire », selon Sergueï Lavrov.",
        "Les frappes continueront aussi longtemps que nécessaire",
        "Sergueï Lavrov",
        "RUSGOV");
  }

  @Test
  void aQuoteOverTwoSentencesIsOneQuote() {
    FR.assertQuote(
        "\"Nous avons parlé de la crise. Et nous nous sommes mis d'accord\", a dit John Kerry.",
        "Nous avons parlé de la crise. Et nous nous sommes mis d'accord",
        "John Kerry",
        "USAGOV");
  }

  @Test
  void aQuoteBrokenByEtIsOneQuote() {
    List<Quote> quotes =
        FR.quotes(
            "\"Nous avons parlé de la crise en Syrie\". Et \"nous examinerons ces scénarios\","
                + " a dit John Kerry.");
    assertEquals(1, quotes.size(), quotes::toString);
    QuoteAssertions.assertQuote(
        quotes.get(0),
        "Nous avons parlé de la crise en Syrie nous examinerons ces scénarios",
        "John Kerry",
        "USAGOV");
  }

  @Test
  void aQuoteContinuedInTheNextParagraphIsJoined() {
    String text =
        "« Nous ne laisserons pas faire, et nous le dirons à nos partenaires.\n"
            + "« Cette guerre doit cesser maintenant », a déclaré Laurent Fabius.";
    List<Quote> quotes = FR.quotes(text);
    assertEquals(1, quotes.size(), quotes::toString);
    Quote q = quotes.get(0);
    QuoteAssertions.assertQuote(
        q,
        "Nous ne laisserons pas faire, et nous le dirons à nos partenaires."
            + " Cette guerre doit cesser maintenant",
        "Laurent Fabius",
        "FRAGOV");
    assertEquals(2, q.span().start());
    assertEquals(text.indexOf("maintenant") + "maintenant".length(), q.span().end());
  }

  @Test
  void scareQuotesAreNotQuotes() {
    FR.assertNoQuote("Laurent Fabius a salué un accord « historique » avec l'Iran.");
    FR.assertNoQuote("John Kerry a évoqué une « ligne rouge » et des « mesures fortes ».");
  }

  @Test
  void aSpeakerWithoutActorIsKeptAsWritten() {
    FR.assertQuote(
        "« Nous ne savons rien de ses intentions », a expliqué un porte-parole du ministère.",
        "Nous ne savons rien de ses intentions",
        "un porte-parole du ministère",
        null);
  }

  @Test
  void followingQuotesOfOneParagraphShareTheSpeaker() {
    List<Quote> quotes =
        FR.quotes(
            "« Nous avons parlé de la crise », a dit John Kerry, avant de conclure : "
                + "« Nous nous reverrons très bientôt à Genève ».");
    assertEquals(2, quotes.size(), quotes::toString);
    QuoteAssertions.assertQuote(
        quotes.get(1), "Nous nous reverrons très bientôt à Genève", "John Kerry", "USAGOV");
  }

  @Test
  void aTitleSpeakerIsThePersonItIntroduced() {
    List<Quote> quotes =
        FR.quotes(
            "Le secrétaire d'Etat des Etats-Unis John Kerry est arrivé à Moscou.\n"
                + "Le secrétaire d'Etat des Etats-Unis a également ajouté qu'il devait"
                + " \"proposer ces scénarios au président Obama\".");
    assertEquals(1, quotes.size(), quotes::toString);
    assertEquals("John Kerry", quotes.get(0).speaker().name());
    assertEquals("secrétaire d'Etat des Etats-Unis", quotes.get(0).speakerText());
  }

  @Test
  void offsetsPointIntoTheCleanedText() {
    String text = LAVROV + "« Nous ne céderons jamais devant ces menaces », a-t-il déclaré.";
    Quote q = FR.quotes(text).get(0);
    assertEquals(q.text(), text.substring(q.span().start(), q.span().end()));
    assertEquals("il", text.substring(q.speakerSpan().start(), q.speakerSpan().end()));
    assertEquals(1, q.sentence());
  }

  @Test
  void theNextSentenceIsNotAnAttribution() {
    FR.assertQuote(
        "Le chef de Boko Haram, Abubakar Shekau, a menacé de les « vendre sur le marché »."
            + " Le président nigérian Goodluck Jonathan a promis de retrouver les jeunes filles.",
        "vendre sur le marché",
        "chef de Boko Haram, Abubakar Shekau",
        "NGAREB");
  }

  @Test
  void aParticipleHasNoSubjectAfterIt() {
    List<Quote> quotes =
        FR.quotes(
            "Vladimir Poutine a ordonné dimanche de placer les forces de dissuasion en « régime"
                + " spécial d'alerte au combat », dénonçant les déclarations agressives de"
                + " l'OTAN.");
    assertEquals(1, quotes.size(), quotes::toString);
    assertEquals("Vladimir Poutine", quotes.get(0).speakerText());
  }

  @Test
  void aQuoteOpeningAParagraphAfterAColon() {
    FR.assertQuote(
        "John Kerry a déclaré :\n« Nous ne céderons jamais devant ces menaces. »",
        "Nous ne céderons jamais devant ces menaces.",
        "John Kerry",
        "USAGOV");
  }
}
