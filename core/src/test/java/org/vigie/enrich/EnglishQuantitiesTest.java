package org.vigie.enrich;

import org.junit.jupiter.api.Test;

/** Counts in English sentences: numbers, qualifiers and what is counted. */
class EnglishQuantitiesTest {

  private static final QuantityAssertions EN = new QuantityAssertions("en");

  @Test
  void thousandsGroupedByACommaAndDecimalPoint() {
    EN.assertCounts("The war has killed more than 250,000 people.", "250000 deaths more than");
    EN.assertCounts("About 1.5 million refugees fled.", "1500000 refugees about");
    EN.assertCounts("Some 30,000 foreign fighters joined the group.", "30000 fighters about");
  }

  @Test
  void numbersInWords() {
    EN.assertCounts("Two thousand protesters were arrested.", "2000 arrested null");
    EN.assertCounts("Twenty-five soldiers were wounded.", "25 injured null");
    EN.assertCounts("Three hundred and fifty troops arrived.", "350 troops null");
    EN.assertCounts("A thousand refugees crossed the border.", "1000 refugees null");
  }

  @Test
  void aDozen() {
    EN.assertCounts("A dozen soldiers were wounded.", "12 injured about");
    EN.assertCounts("The blast wounded a dozen soldiers.", "12 injured about");
  }

  @Test
  void vaguePluralsAreNotCounts() {
    EN.assertCounts("Hundreds of people were killed.");
    EN.assertCounts("Tens of thousands of refugees fled.");
    EN.assertCounts("Dozens of fighters were captured.");
  }

  @Test
  void qualifiersAndVerbs() {
    EN.assertCounts("At least 30 people were killed.", "30 deaths at least");
    EN.assertCounts("Nearly 40 civilians were injured.", "40 injured nearly");
    EN.assertCounts("Police arrested up to 200 demonstrators.", "200 arrested up to");
    EN.assertCounts("The strikes killed 12 and wounded 30.", "12 deaths null", "30 injured null");
    EN.assertCounts("Fighters from about 80 countries have joined.", "80 countries about");
  }

  @Test
  void datesYearsAndMeasuresAreNotCounts() {
    EN.assertCounts("Since 2011, Syria has been at war.");
    EN.assertCounts("The summit opened on September 30 in Paris.");
    EN.assertCounts("Unemployment reached 10% and the debt $2 billion.");
    EN.assertCounts("The war has lasted 4 years.");
    EN.assertCounts("Resolution 2254 was adopted.");
    EN.assertCounts("The black hole lies some 55 million light years from Earth.");
    EN.assertCounts("No one was killed.");
  }

  @Test
  void spanCoversQualifierNumberAndNoun() {
    EN.assertWritten("The war has killed more than 250,000 people.", "more than 250,000 people");
  }
}
