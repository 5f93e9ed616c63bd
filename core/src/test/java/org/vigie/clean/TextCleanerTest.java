package org.vigie.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.CleanArticle;
import org.vigie.model.Span;

class TextCleanerTest {

  private static final Cleaner CLEANER = TextCleaner.withDefaultRules();

  private static final String BODY =
      "Le ministre russe des Affaires étrangères a rencontré son homologue américain à New York.";

  private static final String LONG_VIDEO_PARAGRAPH =
      "Vidéo : les images diffusées mercredi par le ministère russe de la Défense montrent des"
          + " frappes aériennes sur des positions de l'Etat islamique près de Raqqa, selon Moscou,"
          + " qui affirme avoir touché douze cibles en vingt-quatre heures.";

  private static CleanArticle clean(String... lines) {
    return CLEANER.clean(
        new Article("test", null, null, null, "fr", String.join("\n", lines), null));
  }

  private static void assertKept(CleanArticle clean, String... paragraphs) {
    assertEquals(String.join("\n", paragraphs), clean.text());
    assertEquals(paragraphs.length, clean.report().paragraphsKept());
  }

  private static void assertRemoved(CleanArticle clean, String... boilerplate) {
    assertEquals(List.of(boilerplate), clean.report().boilerplate());
  }

  // --- Repeats

  @Test
  void exactRepeatIsKeptOnce() {
    CleanArticle clean = clean(BODY, "Deuxième paragraphe.", BODY);
    assertKept(clean, BODY, "Deuxième paragraphe.");
    assertEquals(1, clean.report().duplicateParagraphs());
  }

  @Test
  void repeatWithOtherQuoteMarksIsKeptOnce() {
    String guillemets = "« Nous avons parlé d'un certain nombre de moyens », a dit John Kerry.";
    String straight = "\"Nous avons parlé d’un certain nombre de moyens\", a dit John Kerry.";
    CleanArticle clean = clean(guillemets, straight);
    assertKept(clean, guillemets);
    assertEquals(1, clean.report().duplicateParagraphs());
  }

  @Test
  void repeatWithOtherCaseSpacingAndAccentsIsKeptOnce() {
    CleanArticle clean =
        clean(
            "L'Etat islamique a revendiqué l'attaque.", "l’État  islamique a revendiqué L'ATTAQUE");
    assertKept(clean, "L'Etat islamique a revendiqué l'attaque.");
  }

  @Test
  void longParagraphWithOneWordChangedIsARepeat() {
    // 74 words once folded: the changed word alters 3 of 72 shingles, Jaccard 69/75 = 0.92
    String first =
        "Depuis 2011, la Syrie est déchirée par un conflit armé qui a fait plus de 250.000 morts."
            + " Début 2014, le groupe djihadiste Etat islamique a commencé à intensifier son"
            + " activité dans le pays, puis en Irak, où il contrôle de vastes territoires et"
            + " revendique la création d'un califat sur les zones conquises. Selon la CIA, le"
            + " groupe compterait environ 30.000 combattants venus de quelque 80 pays, dont"
            + " plusieurs milliers d'Européens.";
    String corrected = first.replace("vastes", "larges");
    CleanArticle clean = clean(first, corrected);
    assertKept(clean, first);
    assertEquals(1, clean.report().duplicateParagraphs());
  }

  @Test
  void shortParagraphsDifferingByAWordAreBothKept() {
    CleanArticle clean = clean("Moscou a condamné l'attaque.", "Washington a condamné l'attaque.");
    assertKept(clean, "Moscou a condamné l'attaque.", "Washington a condamné l'attaque.");
    assertEquals(0, clean.report().duplicateParagraphs());
  }

  // --- Teasers

  @Test
  void lireAussiTeaserIsRemoved() {
    CleanArticle clean =
        clean(BODY, "Lire aussi : Moscou accuse Washington de double jeu", "Suite.");
    assertKept(clean, BODY, "Suite.");
    assertRemoved(clean, "Lire aussi : Moscou accuse Washington de double jeu");
  }

  @Test
  void teaserVariantsAreRemoved() {
    List<String> teasers =
        List.of(
            "A lire aussi: La Russie frappe en Syrie",
            "À lire également — Les Etats-Unis répliquent",
            "» Lire aussi Le Kremlin dément",
            "A voir aussi : les images de Raqqa",
            "À voir également : Poutine à l'ONU",
            "Voir aussi Ce que l'on sait de l'attaque",
            "VIDEO - Le discours de Barack Obama",
            "Vidéo. Guerre diplomatique : Lavrov humilie Kerry",
            "[VIDÉO] Les frappes russes filmées par un drone");
    for (String teaser : teasers) {
      assertRemoved(clean(BODY, teaser), teaser);
    }
  }

  @Test
  void longParagraphBeginningWithVideoIsText() {
    CleanArticle clean = clean(BODY, LONG_VIDEO_PARAGRAPH);
    assertKept(clean, BODY, LONG_VIDEO_PARAGRAPH);
    assertRemoved(clean);
  }

  @Test
  void paragraphThatMentionsAVideoIsText() {
    String text = "Une vidéo diffusée par le ministère montre les frappes.";
    String caption = "Vidéo de la rencontre publiée par le Kremlin";
    assertKept(clean(text, caption), text, caption);
  }

  @Test
  void englishTeasersAreRemoved() {
    CleanArticle clean =
        clean(
            "Russia began air strikes in Syria on Wednesday.",
            "Read more: Why Russia is bombing Syria",
            "Related: Kerry and Lavrov meet in New York",
            "Watch: Putin's speech at the UN");
    assertKept(clean, "Russia began air strikes in Syria on Wednesday.");
    assertEquals(3, clean.report().boilerplate().size());
  }

  @Test
  void watchWithoutColonStartsASentence() {
    String text = "Watch groups said the strikes hit civilians.";
    assertKept(clean(text), text);
  }

  // --- Share, cookie and newsletter lines

  @Test
  void shareCookieAndNewsletterLinesAreRemoved() {
    List<String> lines =
        List.of(
            "Partager sur Facebook",
            "Partager",
            "Tweeter",
            "Partager sur Facebook Partager sur Twitter",
            "Abonnez-vous à notre newsletter",
            "Ce site utilise des cookies pour améliorer votre expérience.",
            "Accepter les cookies",
            "Share this article",
            "Sign up for our newsletter");
    for (String line : lines) {
      CleanArticle clean = clean(BODY, line, "Fin.");
      assertKept(clean, BODY, "Fin.");
      assertRemoved(clean, line);
    }
  }

  @Test
  void sentenceStartingWithAShareWordIsText() {
    String text = "Partager le pouvoir reste impossible, a estimé l'opposition.";
    assertKept(clean(text), text);
  }

  @Test
  void repeatedShareLineIsFurnitureEachTime() {
    CleanArticle clean = clean("Partager", BODY, "Partager");
    assertRemoved(clean, "Partager", "Partager");
    assertEquals(0, clean.report().duplicateParagraphs());
  }

  // --- Credits

  @Test
  void avecAfpInBracketsAtTheEndIsCredited() {
    CleanArticle clean = clean(BODY, "(avec AFP)");
    assertKept(clean, BODY);
    assertRemoved(clean, "(avec AFP)");
    assertEquals("AFP", clean.report().creditedSource());
  }

  @Test
  void creditFollowedByFurnitureIsCredited() {
    CleanArticle clean = clean(BODY, "Avec AFP", "Partager sur Facebook", "Lire aussi : Autre");
    assertEquals("AFP", clean.report().creditedSource());
    assertRemoved(clean, "Avec AFP", "Partager sur Facebook", "Lire aussi : Autre");
  }

  @Test
  void creditLineInTheMiddleIsText() {
    CleanArticle clean = clean(BODY, "Avec AFP", "Le Kremlin a démenti jeudi.");
    assertKept(clean, BODY, "Avec AFP", "Le Kremlin a démenti jeudi.");
    assertNull(clean.report().creditedSource());
  }

  @Test
  void agencyNamesAreNormalised() {
    assertEquals("Sputnik", clean(BODY, "Avec fr.sputniknews").report().creditedSource());
    assertEquals("Sputnik", clean(BODY, "Source : sputniknews.com").report().creditedSource());
    assertEquals("AFP", clean(BODY, "Avec afp.com").report().creditedSource());
    assertEquals("RIA Novosti", clean(BODY, "Avec RIA Novosti").report().creditedSource());
    assertEquals("AFP, Reuters", clean(BODY, "Sources : AFP, Reuters").report().creditedSource());
  }

  @Test
  void englishReadMoreAndWithReuters() {
    CleanArticle clean =
        clean("Russia began air strikes in Syria.", "Read more: Putin at the UN", "With Reuters");
    assertKept(clean, "Russia began air strikes in Syria.");
    assertRemoved(clean, "Read more: Putin at the UN", "With Reuters");
    assertEquals("Reuters", clean.report().creditedSource());
  }

  @Test
  void unknownOutletIsCreditedAsWritten() {
    assertEquals("Le Monde", clean(BODY, "Avec Le Monde").report().creditedSource());
  }

  @Test
  void lastSentenceStartingWithAvecIsText() {
    String last = "Avec ce vote, la France rejoint la coalition.";
    CleanArticle clean = clean(BODY, last);
    assertKept(clean, BODY, last);
    assertNull(clean.report().creditedSource());
  }

  @Test
  void bareNameInBracketsIsCreditedOnlyForAKnownAgency() {
    assertEquals("Reuters", clean(BODY, "(Reuters)").report().creditedSource());
    assertNull(clean(BODY, "(Poutine)").report().creditedSource());
  }

  // --- Edge cases

  @Test
  void emptyText() {
    CleanArticle clean = clean("");
    assertEquals("", clean.text());
    assertEquals(List.of(), clean.paragraphs());
    assertEquals(0, clean.report().paragraphsIn());
    assertNull(clean.report().creditedSource());
  }

  @Test
  void textWithOnlyFurniture() {
    CleanArticle clean = clean("Partager", "Lire aussi : Le Kremlin dément", "Avec AFP");
    assertEquals("", clean.text());
    assertEquals(List.of(), clean.paragraphs());
    assertEquals(3, clean.report().paragraphsIn());
    assertEquals(0, clean.report().paragraphsKept());
    assertRemoved(clean, "Partager", "Lire aussi : Le Kremlin dément", "Avec AFP");
    assertEquals("AFP", clean.report().creditedSource());
  }

  @Test
  void spansPointAtTheKeptParagraphs() {
    CleanArticle clean = clean("  Premier.  ", "", "Partager", "Deuxième paragraphe.");
    assertEquals("Premier.\nDeuxième paragraphe.", clean.text());
    assertEquals(List.of(new Span(0, 8), new Span(9, 29)), clean.paragraphs());
  }

  @Test
  void everyLineEndSplitsParagraphs() {
    CleanArticle clean =
        CLEANER.clean(
            new Article("crlf", null, null, null, null, "Un.\r\nDeux.\rTrois.\nQuatre.", null));
    assertEquals("Un.\nDeux.\nTrois.\nQuatre.", clean.text());
  }

  @Test
  void cleanedTextKeepsTheArticle() {
    Article article = new Article("a1", null, null, null, "fr", BODY, "x.jsonl:1");
    assertSame(article, CLEANER.clean(article).article());
  }

  @Test
  void nullArticleFailsFast() {
    assertThrows(NullPointerException.class, () -> CLEANER.clean(null));
  }
}
