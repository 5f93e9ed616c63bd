package org.vigie.enrich;

import org.junit.jupiter.api.Test;

/** Counts in French sentences: numbers, qualifiers and what is counted. */
class FrenchQuantitiesTest {

  private static final QuantityAssertions FR = new QuantityAssertions("fr");

  @Test
  void thousandsGroupedByAPeriodOrASpace() {
    FR.assertCounts("Le conflit armé a fait plus de 250.000 morts.", "250000 deaths more than");
    FR.assertCounts("Le conflit a fait 250 000 morts.", "250000 deaths null");
    FR.assertCounts("Le conflit a fait 250\u00a0000 morts.", "250000 deaths null");
    FR.assertCounts("Le conflit a fait 250\u202f000 morts.", "250000 deaths null");
    FR.assertCounts("On compte 1 200 blessés.", "1200 injured null");
  }

  @Test
  void decimalCommaWithAScale() {
    FR.assertCounts(
        "Plus de 1,5 million de réfugiés ont quitté le pays.", "1500000 refugees more than");
    FR.assertCounts("Deux millions de personnes sont concernées.", "2000000 people null");
  }

  @Test
  void numbersInWords() {
    FR.assertCounts("Près de deux mille soldats sont déployés.", "2000 troops about");
    FR.assertCounts("Vingt-cinq militaires ont été blessés.", "25 injured null");
    FR.assertCounts("Trois cents combattants ont quitté la ville.", "300 fighters null");
    FR.assertCounts("Quatre-vingt-dix-neuf pays ont signé.", "99 countries null");
    FR.assertCounts("Vingt et un manifestants ont été arrêtés.", "21 arrested null");
    FR.assertCounts("Mille soldats sont arrivés.", "1000 troops null");
  }

  @Test
  void roundCountsAreApproximate() {
    FR.assertCounts("Une dizaine de personnes ont été interpellées.", "10 arrested about");
    FR.assertCounts("Une centaine de frappes ont visé la ville.", "100 strikes about");
    FR.assertCounts("Un millier de réfugiés sont arrivés.", "1000 refugees about");
    FR.assertCounts("Une dizaine de milliers de personnes ont fui.", "10000 refugees about");
  }

  @Test
  void vaguePluralsAreNotCounts() {
    FR.assertCounts("Des centaines de personnes ont été tuées.");
    FR.assertCounts("Des dizaines de milliers de réfugiés ont fui.");
    FR.assertCounts("Plusieurs milliers de soldats sont déployés.");
    FR.assertCounts("Un soldat a été blessé.");
  }

  @Test
  void qualifiersAreEnglishLabels() {
    FR.assertCounts("Au moins 30 personnes ont été tuées.", "30 deaths at least");
    FR.assertCounts("Environ 300 soldats sont déployés.", "300 troops about");
    FR.assertCounts("Quelque 300 soldats sont déployés.", "300 troops about");
    FR.assertCounts("Presque 40 civils ont été blessés.", "40 injured nearly");
    FR.assertCounts("Moins de 10 otages sont détenus.", "10 hostages less than");
  }

  @Test
  void theClauseVerbTellsWhatPeopleAre() {
    FR.assertCounts(
        "Selon la CIA, près de 30.000 personnes venant de près de 80 pays du monde combattent"
            + " dans les rangs de l'EI.",
        "30000 fighters about",
        "80 countries about");
    FR.assertCounts("Les frappes ont tué 12 personnes.", "12 deaths null");
    FR.assertCounts("Douze soldats ont été tués.", "12 deaths null");
  }

  @Test
  void countedNounsAndTheirKinds() {
    FR.assertCounts(
        "L'attentat a fait 12 morts, 40 blessés et 3 arrestations.",
        "12 deaths null",
        "40 injured null",
        "3 arrested null");
    FR.assertCounts("La Russie a mené 20 frappes et 5 raids.", "20 strikes null", "5 strikes null");
    FR.assertCounts("Les 28 pays de l'Union ont voté.", "28 countries null");
    FR.assertCounts("Il a reçu 40 lettres.", "40 null null");
  }

  @Test
  void datesYearsAndMeasuresAreNotCounts() {
    FR.assertCounts("Depuis 2011, la Syrie est en guerre.");
    FR.assertCounts("Début 2014, le groupe a pris Mossoul.");
    FR.assertCounts("Le sommet s'est ouvert le 30 septembre à Paris.");
    FR.assertCounts("Le chômage atteint 10 % et la dette 2 milliards d'euros.");
    FR.assertCounts("La guerre dure depuis 4 ans, à 30 km de la frontière.");
    FR.assertCounts("La résolution 2254 a été adoptée.");
    FR.assertCounts("Un Su-24 russe a été abattu.");
  }

  @Test
  void spanCoversQualifierNumberAndNoun() {
    FR.assertWritten("Le conflit a fait plus de 250.000 morts.", "plus de 250.000 morts");
    FR.assertWritten("Il y a 1,5 million de réfugiés.", "1,5 million de réfugiés");
  }
}
