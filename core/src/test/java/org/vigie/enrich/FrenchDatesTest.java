package org.vigie.enrich;

import org.junit.jupiter.api.Test;

/** French date expressions, read in an article of Thursday 1 October 2015 unless told. */
class FrenchDatesTest {

  private static final String THURSDAY = "2015-10-01";
  private static final DateAssertions FR = new DateAssertions("fr");

  private static void assertDate(String text, String articleDate, String value) {
    FR.assertDate(text, articleDate, value);
  }

  private static void assertMention(String sentence, String mention, String value) {
    FR.assertMention(sentence, THURSDAY, mention, value);
  }

  @Test
  void fullDates() {
    assertDate("30 septembre 2015", THURSDAY, "2015-09-30");
    assertDate("1er octobre 2015", THURSDAY, "2015-10-01");
    assertDate("premier octobre 2015", THURSDAY, "2015-10-01");
    assertDate("14 juillet 1789", THURSDAY, "1789-07-14");
    assertDate("3 janv. 2016", THURSDAY, "2016-01-03");
  }

  @Test
  void articleIsLeftOutOfTheMention() {
    assertMention("Il est arrivé le 1er octobre à Moscou.", "1er octobre", "2015-10-01");
  }

  @Test
  void dayWithoutYearIsTheMostRecentNotAfterTheArticle() {
    assertDate("30 septembre", THURSDAY, "2015-09-30");
    assertDate("1er octobre", THURSDAY, "2015-10-01");
    assertDate("15 novembre", THURSDAY, "2014-11-15");
    assertDate("29 février", THURSDAY, "2012-02-29");
  }

  @Test
  void typographyDoesNotMatter() {
    assertDate("30\u00a0septembre\u00a02015", THURSDAY, "2015-09-30");
    assertDate("l\u2019année dernière", THURSDAY, "2014");
    assertDate("DÉBUT 2014", THURSDAY, "2014");
    assertDate("avant\u2011hier", THURSDAY, "2015-09-29");
  }

  @Test
  void numericDates() {
    assertDate("30/09/2015", THURSDAY, "2015-09-30");
    assertDate("30.09.2015", THURSDAY, "2015-09-30");
    assertDate("01/10/15", THURSDAY, "2015-10-01");
    assertDate("2015-09-30", THURSDAY, "2015-09-30");
  }

  @Test
  void bareWeekdayIsTheMostRecentSuchDay() {
    assertDate("mercredi", THURSDAY, "2015-09-30");
    assertDate("Mercredi", THURSDAY, "2015-09-30");
    assertDate("lundi", THURSDAY, "2015-09-28");
    assertDate("vendredi", THURSDAY, "2015-09-25");
    assertMention(
        "L'Armée de l'air russe a entamé mercredi une opération.", "mercredi", "2015-09-30");
    assertMention("La Turquie a accusé mercredi la Syrie.", "mercredi", "2015-09-30");
  }

  @Test
  void weekdayOfTheArticleIsTheArticleDate() {
    assertDate("jeudi", THURSDAY, "2015-10-01");
  }

  @Test
  void weekdayWithPartOfTheDay() {
    assertDate("mardi soir", THURSDAY, "2015-09-29");
    assertDate("dimanche matin", THURSDAY, "2015-09-27");
    assertDate("samedi après-midi", THURSDAY, "2015-09-26");
  }

  @Test
  void weekdayWithModifier() {
    assertDate("lundi dernier", THURSDAY, "2015-09-28");
    assertDate("jeudi dernier", THURSDAY, "2015-09-24");
    assertDate("ce mercredi", THURSDAY, "2015-09-30");
    assertDate("ce samedi", THURSDAY, "2015-10-03");
    assertDate("mercredi prochain", THURSDAY, "2015-10-07");
    assertDate("jeudi prochain", THURSDAY, "2015-10-08");
    assertDate("mardi soir dernier", THURSDAY, "2015-09-29");
  }

  @Test
  void weekdayWithCalendarDateIsThatDate() {
    assertDate("mercredi 30 septembre", THURSDAY, "2015-09-30");
    assertDate("mercredi 30 septembre 2015", THURSDAY, "2015-09-30");
    // 5 October 2015 is a Monday: the weekday picks the year, here one to come
    assertMention("Le sommet se tiendra le lundi 5 octobre.", "lundi 5 octobre", "2015-10-05");
  }

  @Test
  void namedDays() {
    assertDate("aujourd'hui", THURSDAY, "2015-10-01");
    assertDate("Aujourd’hui", THURSDAY, "2015-10-01");
    assertDate("hier", THURSDAY, "2015-09-30");
    assertDate("hier soir", THURSDAY, "2015-09-30");
    assertDate("avant-hier", THURSDAY, "2015-09-29");
    assertDate("avant hier", THURSDAY, "2015-09-29");
    assertDate("demain", THURSDAY, "2015-10-02");
    assertDate("après-demain", THURSDAY, "2015-10-03");
    assertDate("ce matin", THURSDAY, "2015-10-01");
    assertDate("ce soir", THURSDAY, "2015-10-01");
    assertDate("la nuit dernière", THURSDAY, "2015-09-30");
  }

  @Test
  void eveAndMorrowAreReadFromTheArticleDate() {
    assertDate("la veille", THURSDAY, "2015-09-30");
    assertDate("le lendemain", THURSDAY, "2015-10-02");
    assertMention("Il est reparti le lendemain, sans commentaire.", "le lendemain", "2015-10-02");
    assertMention("Dès le lendemain, Moscou a réagi.", "Dès le lendemain", "2015-10-02");
  }

  @Test
  void eveOfAnEventIsNotADate() {
    FR.assertNoDate("à la veille du sommet de l'Otan", THURSDAY);
    FR.assertNoDate("le lendemain de l'attentat", THURSDAY);
  }

  @Test
  void weeksAreGivenAsTheirMonday() {
    assertDate("la semaine dernière", THURSDAY, "2015-09-21");
    assertDate("cette semaine", THURSDAY, "2015-09-28");
    assertDate("la semaine prochaine", THURSDAY, "2015-10-05");
  }

  @Test
  void countsBack() {
    assertDate("il y a trois jours", THURSDAY, "2015-09-28");
    assertDate("il y a 3 semaines", THURSDAY, "2015-09-10");
    assertDate("il y a un mois", THURSDAY, "2015-09");
    assertDate("il y a deux ans", THURSDAY, "2013");
    assertDate("Il y a 10 ans", THURSDAY, "2005");
  }

  @Test
  void sinceACount() {
    assertDate("depuis trois jours", THURSDAY, "2015-09-28");
    assertDate("depuis deux ans", THURSDAY, "2013");
  }

  @Test
  void calendarPeriods() {
    assertDate("le mois dernier", THURSDAY, "2015-09");
    assertDate("le mois prochain", THURSDAY, "2015-11");
    assertDate("ce mois-ci", THURSDAY, "2015-10");
    assertDate("l'an dernier", THURSDAY, "2014");
    assertDate("l’an dernier", THURSDAY, "2014");
    assertDate("l'année dernière", THURSDAY, "2014");
    assertDate("l'an passé", THURSDAY, "2014");
    assertDate("cette année", THURSDAY, "2015");
    assertDate("l'an prochain", THURSDAY, "2016");
    assertDate("le mois dernier", "2015-01-15", "2014-12");
  }

  @Test
  void monthsAndYears() {
    assertDate("août 2014", THURSDAY, "2014-08");
    assertMention("Les frappes ont commencé en août 2014.", "août 2014", "2014-08");
    assertDate("Depuis août 2014", THURSDAY, "2014-08");
    assertDate("depuis 2011", THURSDAY, "2011");
    assertMention("La guerre a commencé en 2011.", "2011", "2011");
    assertMention("au cours de l'année 2012", "2012", "2012");
    assertMention("Il a été élu jusqu'en 2019.", "jusqu'en 2019", "2019");
  }

  @Test
  void qualifiedPeriodsKeepTheQualifier() {
    assertDate("Début 2014", THURSDAY, "2014");
    assertDate("fin 2013", THURSDAY, "2013");
    assertDate("mi-2012", THURSDAY, "2012");
    assertDate("début août", THURSDAY, "2015-08");
    assertDate("fin septembre 2015", THURSDAY, "2015-09");
    assertDate("mi-juillet", THURSDAY, "2015-07");
    assertDate("à la fin de l'année dernière", THURSDAY, "2014");
    assertDate("fin du mois dernier", THURSDAY, "2015-09");
    assertDate("à partir du 1er octobre", THURSDAY, "2015-10-01");
    assertDate("depuis la semaine dernière", THURSDAY, "2015-09-21");
  }

  @Test
  void monthWithoutYearIsTheMostRecentNotAfterTheArticle() {
    assertMention("en août", "août", "2015-08");
    assertMention("en octobre", "octobre", "2015-10");
    assertMention("en novembre", "novembre", "2014-11");
    assertMention("au mois de mai", "mai", "2015-05");
  }

  @Test
  void modifierSaysWhichYear() {
    assertMention("Il avait été reçu le 24 août dernier.", "24 août dernier", "2015-08-24");
    assertDate("1er octobre dernier", THURSDAY, "2014-10-01");
    assertDate("15 novembre prochain", THURSDAY, "2015-11-15");
    assertDate("mars dernier", THURSDAY, "2015-03");
    assertDate("octobre dernier", THURSDAY, "2014-10");
    assertDate("mars prochain", THURSDAY, "2016-03");
  }

  @Test
  void periodAfterAQualifierIsTheArticlesPeriod() {
    assertDate("Depuis le début de l'année", THURSDAY, "2015");
    assertDate("fin du mois", THURSDAY, "2015-10");
    assertDate("en fin de semaine dernière", THURSDAY, "2015-09-21");
    assertDate("d'ici 2020", THURSDAY, "2020");
  }

  @Test
  void thatWeekIsNotThisWeek() {
    FR.assertNoDate("Cette semaine-là, personne ne s'y attendait.", THURSDAY);
    FR.assertNoDate("ce mercredi-là", THURSDAY);
  }

  @Test
  void rangesGiveTheirStartAndCoverTheWholeRange() {
    assertDate("du 3 au 5 mars", THURSDAY, "2015-03-03");
    assertDate("du 28 février au 2 mars 2014", THURSDAY, "2014-02-28");
    assertDate("du 30 septembre au 1er octobre", THURSDAY, "2015-09-30");
    assertDate("entre le 3 et le 5 mars 2015", THURSDAY, "2015-03-03");
    assertDate("de 2011 à 2014", THURSDAY, "2011");
    assertDate("de mars à mai 2015", THURSDAY, "2015-03");
    assertMention(
        "La réunion des 27 et 28 septembre a échoué.", "des 27 et 28 septembre", "2015-09-27");
  }

  @Test
  void severalDatesInOneSentence() {
    var found =
        FR.find(
            "Annoncée lundi, l'opération a commencé mercredi, un an après celle de 2014.",
            THURSDAY);
    org.junit.jupiter.api.Assertions.assertEquals(
        java.util.List.of("2015-09-28", "2015-09-30"),
        found.stream().map(org.vigie.model.DateMention::value).toList());
  }
}
