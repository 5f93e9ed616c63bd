package org.vigie.enrich;

import org.junit.jupiter.api.Test;

/** English date expressions, read in an article of Thursday 1 October 2015. */
class EnglishDatesTest {

  private static final String THURSDAY = "2015-10-01";
  private static final DateAssertions EN = new DateAssertions("en");

  private static void assertDate(String text, String value) {
    EN.assertDate(text, THURSDAY, value);
  }

  private static void assertMention(String sentence, String mention, String value) {
    EN.assertMention(sentence, THURSDAY, mention, value);
  }

  @Test
  void weekdays() {
    assertMention("Russia began air strikes on Wednesday.", "Wednesday", "2015-09-30");
    assertDate("Wednesday", "2015-09-30");
    assertDate("Thursday", "2015-10-01");
    assertDate("last Tuesday", "2015-09-29");
    assertDate("last Thursday", "2015-09-24");
    assertDate("this Wednesday", "2015-09-30");
    assertDate("next Wednesday", "2015-10-07");
    assertDate("Tuesday night", "2015-09-29");
    assertDate("Wednesday, September 30", "2015-09-30");
  }

  @Test
  void namedDays() {
    assertDate("yesterday", "2015-09-30");
    assertDate("today", "2015-10-01");
    assertDate("tomorrow", "2015-10-02");
    assertDate("yesterday morning", "2015-09-30");
    assertDate("the day before yesterday", "2015-09-29");
    assertDate("last night", "2015-09-30");
    assertDate("this morning", "2015-10-01");
    assertMention("He had left the day before.", "the day before", "2015-09-30");
    EN.assertNoDate("He left the day before the vote.", THURSDAY);
  }

  @Test
  void countsBack() {
    assertDate("three days ago", "2015-09-28");
    assertDate("two weeks ago", "2015-09-17");
    assertDate("a year ago", "2014");
    assertDate("6 months ago", "2015-04");
  }

  @Test
  void calendarPeriods() {
    assertDate("last week", "2015-09-21");
    assertDate("next week", "2015-10-05");
    assertDate("last month", "2015-09");
    assertDate("last year", "2014");
    assertDate("this year", "2015");
  }

  @Test
  void monthsAndYears() {
    assertDate("since August 2014", "2014-08");
    assertMention("Strikes began in August 2014.", "August 2014", "2014-08");
    assertMention("The group rose in early 2014.", "early 2014", "2014");
    assertDate("since 2011", "2011");
    assertMention("in mid-2012", "mid-2012", "2012");
    assertMention("at the end of 2013", "the end of 2013", "2013");
    assertMention("It happened in May.", "May", "2015-05");
    assertDate("last May", "2015-05");
    assertDate("next March", "2016-03");
    assertMention(
        "In the first half of 2015, 1,000 people died.", "the first half of 2015", "2015");
    assertMention("Britain would take 20,000 refugees by 2020.", "by 2020", "2020");
  }

  @Test
  void calendarDates() {
    assertDate("September 30, 2015", "2015-09-30");
    assertDate("30 September 2015", "2015-09-30");
    assertDate("Sept. 30", "2015-09-30");
    assertDate("Monday, Oct. 5", "2015-10-05");
    assertDate("July 14, 2015", "2015-07-14");
    assertDate("Oct. 1", "2015-10-01");
    assertMention("the 30th of September", "30th of September", "2015-09-30");
    assertDate("September 30th", "2015-09-30");
  }

  @Test
  void numericDatesAreMonthFirstUnlessTheyCannotBe() {
    assertDate("10/01/2015", "2015-10-01");
    assertDate("30/09/2015", "2015-09-30");
  }

  @Test
  void ranges() {
    assertDate("from March 3 to 5", "2015-03-03");
    assertDate("between 3 and 5 March 2015", "2015-03-03");
    assertDate("from 2011 to 2014", "2011");
  }

  @Test
  void aPersonCalledMayIsNotAMonth() {
    EN.assertNoDate("Theresa May said the talks would go on.", THURSDAY);
    EN.assertNoDate("The talks may resume.", THURSDAY);
  }
}
