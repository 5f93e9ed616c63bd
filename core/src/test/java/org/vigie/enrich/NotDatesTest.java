package org.vigie.enrich;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers and words that look like dates and are not: a regression list of nasty inputs. */
class NotDatesTest {

  private static final DateAssertions FR = new DateAssertions("fr");
  private static final DateAssertions EN = new DateAssertions("en");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "un conflit armé qui a fait plus de 250.000 morts",
        "près de 30.000 personnes venant de près de 80 pays",
        "2014 personnes ont été évacuées",
        "plus de 2000 morts",
        "depuis 2000 ans",
        "il a été tiré à 1500 exemplaires",
        "en 1500 exemplaires",
        "sept jours de combats",
        "la planète Mars",
        "les 3e et 4e arrondissements",
        "le G20 de 2014 personnes",
        "appelez le 01.45.67.89.10",
        "de 5 à 10 ans de prison",
        "entre 20 et 30 morts",
        "à la veille des élections",
        "le dernier mois de son mandat",
        "ce jour-là",
        "le 31 avril",
        "il y a quelques jours",
        "au terme des trois jours de négociations",
        "des 3 et 4 pays",
        "Depuis des années",
        "un jour",
      })
  void french(String text) {
    FR.assertNoDate(text, "2015-10-01");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2014 people were killed",
        "80 countries",
        "some 30,000 fighters",
        "Theresa May",
        "the day after the attack",
        "she sat.",
        "between 20 and 30 dead",
        "for 2000 years",
      })
  void english(String text) {
    EN.assertNoDate(text, "2015-10-01");
  }
}
