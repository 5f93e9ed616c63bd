package org.vigie.enrich;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;

/**
 * The choices made when a date leaves out what the article date must supply. News reports what has
 * happened, so incomplete dates are read in the past unless a word says otherwise.
 */
final class Anchoring {

  /** Which occurrence of a weekday or period a modifier asks for. */
  enum Relation {
    /** Same calendar week, month or year as the article date. */
    THIS,
    /** The one before. */
    LAST,
    /** The one after. */
    NEXT
  }

  private Anchoring() {}

  /**
   * A weekday without modifier ("mercredi", "on Wednesday"): the most recent such day not after the
   * article date. So a Thursday paper's "jeudi" is the article date itself (news say "jeudi" for
   * today) and its "mercredi" is the day before. A weekday in the future tense ("Kerry se rendra
   * vendredi à Moscou") is read wrongly; the tense is not known here.
   */
  static LocalDate weekday(LocalDate article, DayOfWeek day) {
    return article.with(TemporalAdjusters.previousOrSame(day));
  }

  /**
   * A weekday with a modifier: "lundi dernier", "last Monday" is strictly before the article date;
   * "mercredi prochain", "next Wednesday" strictly after; "ce mercredi", "this Wednesday" in the
   * same Monday-to-Sunday week as the article date.
   */
  static LocalDate weekday(LocalDate article, DayOfWeek day, Relation relation) {
    return switch (relation) {
      case LAST -> article.with(TemporalAdjusters.previous(day));
      case NEXT -> article.with(TemporalAdjusters.next(day));
      case THIS -> article.with(ChronoField.DAY_OF_WEEK, day.getValue());
    };
  }

  /**
   * "La semaine dernière", "cette semaine", "next week": there is no week precision, so a week is
   * given as its Monday, at day precision.
   */
  static LocalDate mondayOfWeek(LocalDate article, int weeksAfter) {
    return article.with(ChronoField.DAY_OF_WEEK, 1).plusWeeks(weeksAfter);
  }

  /**
   * A month without a year ("en août"): the most recent such month not after the article date's
   * month.
   */
  static YearMonth month(LocalDate article, int month) {
    YearMonth candidate = YearMonth.of(article.getYear(), month);
    return candidate.isAfter(YearMonth.from(article)) ? candidate.minusYears(1) : candidate;
  }

  /**
   * A day and month without a year ("le 1er octobre", "Sept. 30"): like a month, the most recent
   * such day not after the article date. The 29th of February goes back to the last leap year.
   * Returns null for a day that no year has (31 avril).
   */
  static LocalDate dayOfMonth(LocalDate article, int month, int day) {
    if (day > YearMonth.of(2000, month).lengthOfMonth()) {
      return null;
    }
    MonthDay monthDay = MonthDay.of(month, day);
    int year = article.getYear();
    if (monthDay.isAfter(MonthDay.from(article))) {
      year--;
    }
    while (!monthDay.isValidYear(year)) {
      year--;
    }
    return monthDay.atYear(year);
  }

  /**
   * A day and month written with their weekday but no year ("lundi 5 octobre"): of the article's
   * year and the years on either side, the one where that day is that weekday, nearest to the
   * article date; null when none is. The weekday tells announced dates from past ones.
   */
  static LocalDate yearWithWeekday(LocalDate article, int month, int day, DayOfWeek weekday) {
    LocalDate best = null;
    for (int year = article.getYear() - 1; year <= article.getYear() + 1; year++) {
      LocalDate candidate = date(year, month, day);
      if (candidate != null
          && candidate.getDayOfWeek() == weekday
          && (best == null || distance(article, candidate) < distance(article, best))) {
        best = candidate;
      }
    }
    return best;
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(a.toEpochDay() - b.toEpochDay());
  }

  /**
   * A month with a modifier and no year: "mars dernier", "last March" is the most recent one
   * strictly before the article's month; "mars prochain", "next March" the first one after it;
   * "this March" the one of the article's year.
   */
  static YearMonth month(LocalDate article, int month, Relation relation) {
    YearMonth current = YearMonth.from(article);
    YearMonth candidate = YearMonth.of(article.getYear(), month);
    return switch (relation) {
      case THIS -> candidate;
      case LAST -> candidate.isBefore(current) ? candidate : candidate.minusYears(1);
      case NEXT -> candidate.isAfter(current) ? candidate : candidate.plusYears(1);
    };
  }

  /**
   * A day and month with a modifier and no year: "le 24 août dernier" strictly before the article
   * date, "le 15 novembre prochain" strictly after it, "this September 30" in the article's year.
   * Null for a day that the chosen year does not have.
   */
  static LocalDate dayOfMonth(LocalDate article, int month, int day, Relation relation) {
    LocalDate candidate = date(article.getYear(), month, day);
    if (candidate == null || relation == Relation.THIS) {
      return candidate;
    }
    boolean last = relation == Relation.LAST;
    if (last ? !candidate.isBefore(article) : !candidate.isAfter(article)) {
      candidate = date(article.getYear() + (last ? -1 : 1), month, day);
    }
    return candidate;
  }

  /** A calendar date, or null when the day does not exist in that month. */
  static LocalDate date(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }
}
