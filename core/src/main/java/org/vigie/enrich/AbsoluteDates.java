package org.vigie.enrich;

import java.time.LocalDate;
import java.time.YearMonth;
import org.vigie.enrich.WordKind.Positions;

/**
 * Dates written with a calendar: {@code 30 septembre 2015}, {@code 1er octobre}, {@code September
 * 30, 2015}, {@code 30/09/2015}, {@code août 2014}, a cued {@code 2011} or {@code août}, and ranges
 * ({@code du 3 au 5 mars}). One instance reads one sentence.
 */
final class AbsoluteDates {

  /** Four-digit numbers outside this range are never years. */
  static final int MIN_YEAR = 1000;

  static final int MAX_YEAR = 2099;

  /** A year written alone must be recent as well: "en 1500 exemplaires" is a count. */
  static final int MIN_BARE_YEAR = 1900;

  /** What a date expression gives; 0 for a part that is not written. */
  record Partial(int day, int month, int year, int end) {

    boolean hasDayAndMonth() {
      return day > 0 && month > 0;
    }
  }

  private final WordIndex index;
  private final DateWords words;
  private final Tokens tokens;
  private final LocalDate article;

  AbsoluteDates(WordIndex index, LocalDate article) {
    this.index = index;
    this.words = index.words();
    this.tokens = index.tokens();
    this.article = article;
  }

  /**
   * A date at piece {@code at}. A month alone or a year alone is a date only when {@code cued} (en
   * août, depuis 2011) or modified (mars dernier, last May): "2014 personnes" and "Theresa May" are
   * not dates. A modifier also says which year a day or month without one is in.
   */
  Found absolute(int at, boolean cued) {
    WordIndex.Modifier before = index.modifier(at, Positions.BEFORE);
    Partial p = partial(before == null ? at : before.end(), false);
    if (p == null) {
      return null;
    }
    WordIndex.Modifier after = null;
    if (before == null && p.month > 0 && p.year == 0) {
      after = index.modifier(p.end, Positions.AFTER);
    }
    WordIndex.Modifier modifier = before != null ? before : after;
    if (modifier != null && (p.month == 0 || p.year > 0)) {
      return null;
    }
    boolean complete = p.hasDayAndMonth() || (p.month > 0 && p.year > 0);
    boolean alone = p.day == 0 && (p.month > 0 || p.year >= MIN_BARE_YEAR);
    if (!complete && !(alone && (cued || modifier != null))) {
      return null;
    }
    if (modifier == null) {
      return resolve(p, at);
    }
    if (article == null) {
      return null;
    }
    int end = after != null ? after.end() : p.end;
    Anchoring.Relation relation = modifier.relation();
    if (p.day > 0) {
      LocalDate date = Anchoring.dayOfMonth(article, p.month, p.day, relation);
      return date == null ? null : Found.day(at, end, date);
    }
    return Found.month(at, end, Anchoring.month(article, p.month, relation));
  }

  /**
   * A range, reported as its start with the text covering the whole range. The start takes what it
   * leaves out from the end: "du 3 au 5 mars 2015" starts on 2015-03-03.
   */
  Found range(int at) {
    DateWords.Hit opener = index.match(WordKind.RANGE_FROM, at);
    Partial start = opener == null ? null : partial(afterArticle(opener.end()), true);
    DateWords.Hit closer = start == null ? null : index.match(WordKind.RANGE_TO, start.end);
    Partial finish = closer == null ? null : partial(afterArticle(closer.end()), true);
    if (finish == null || (finish.month == 0 && finish.year == 0 && start.month == 0)) {
      return null;
    }
    Partial merged = start;
    if (start.day > 0 && start.month == 0) {
      if (finish.month == 0) {
        return null;
      }
      merged = new Partial(start.day, finish.month, finish.year, finish.end);
    } else if (start.month > 0 && start.year == 0) {
      merged = new Partial(start.day, start.month, finish.year, finish.end);
    } else if (start.month == 0 && (finish.year == 0 || start.year < MIN_BARE_YEAR)) {
      return null;
    }
    Found found = resolve(merged, at);
    return found == null ? null : found.endingAt(finish.end);
  }

  /** The longest date expression at {@code at}; a day number alone only when {@code dayAlone}. */
  Partial partial(int at, boolean dayAlone) {
    Partial best = numeric(at);
    best = longer(best, dayFirst(at));
    best = longer(best, monthFirst(at));
    best = longer(best, monthYear(at));
    best = longer(best, yearAlone(at));
    if (best == null && dayAlone) {
      DateWords.Hit day = day(at);
      best = day == null ? null : new Partial(day.number(), 0, 0, day.end());
    }
    return best;
  }

  /** The date of {@code p}, years and months supplied from the article date when left out. */
  Found resolve(Partial p, int first) {
    if (p.day > 0) {
      LocalDate date;
      if (p.year > 0) {
        date = Anchoring.date(p.year, p.month, p.day);
      } else {
        date = article == null ? null : Anchoring.dayOfMonth(article, p.month, p.day);
      }
      return date == null ? null : Found.day(first, p.end, date);
    }
    if (p.month > 0) {
      if (p.year > 0) {
        return Found.month(first, p.end, YearMonth.of(p.year, p.month));
      }
      return article == null ? null : Found.month(first, p.end, Anchoring.month(article, p.month));
    }
    return Found.year(first, p.end, p.year);
  }

  /** {@code 30/09/2015}, {@code 30.09.2015}, {@code 2015-09-30}; all parts touching. */
  private Partial numeric(int at) {
    String sep = tokens.word(at + 1);
    if (!("/".equals(sep) || ".".equals(sep) || "-".equals(sep))
        || !tokens.isNumber(at)
        || !tokens.isNumber(at + 2)
        || !tokens.is(at + 3, sep)
        || !tokens.isNumber(at + 4)) {
      return null;
    }
    for (int k = at + 1; k <= at + 4; k++) {
      if (!tokens.touchesPrevious(k)) {
        return null;
      }
    }
    boolean runBefore = tokens.touchesPrevious(at) && tokens.is(at - 1, sep);
    boolean runAfter = tokens.touchesPrevious(at + 5) && tokens.is(at + 5, sep);
    if (runBefore || runAfter) {
      return null; // a longer run of numbers: a phone number or a version, not a date
    }
    int a = tokens.leadingNumber(at);
    int b = tokens.leadingNumber(at + 2);
    int c = tokens.leadingNumber(at + 4);
    if (tokens.digits(at) == 4) {
      return numericParts(c, b, a, at + 5);
    }
    int yearDigits = tokens.digits(at + 4);
    int year = yearDigits == 4 ? c : yearDigits == 2 ? twoDigitYear(c) : 0;
    boolean dayFirst = words.numericDayFirst();
    if (dayFirst && a <= 12 && b > 12) {
      dayFirst = false; // 09/30/2015 in a day-first language
    } else if (!dayFirst && a > 12 && b <= 12) {
      dayFirst = true; // 30/09/2015 in a month-first language
    }
    return dayFirst ? numericParts(a, b, year, at + 5) : numericParts(b, a, year, at + 5);
  }

  private static Partial numericParts(int day, int month, int year, int end) {
    boolean valid =
        year >= MIN_YEAR && year <= MAX_YEAR && Anchoring.date(year, month, day) != null;
    return valid ? new Partial(day, month, year, end) : null;
  }

  /** {@code 30 septembre 2015}, {@code 1er octobre}, {@code 30th of September, 2015}. */
  private Partial dayFirst(int at) {
    DateWords.Hit day = day(at);
    if (day == null) {
      return null;
    }
    int k = day.end();
    DateWords.Hit link = index.match(WordKind.LINK, k);
    DateWords.Hit month = index.match(WordKind.MONTH, link == null ? k : link.end());
    if (month == null) {
      return null;
    }
    return withYear(day.number(), month.number(), month.end());
  }

  /** {@code September 30, 2015}, {@code Sept. 30}: where the language writes them so. */
  private Partial monthFirst(int at) {
    if (!words.monthFirst()) {
      return null;
    }
    DateWords.Hit month = index.match(WordKind.MONTH, at);
    DateWords.Hit day = month == null ? null : day(month.end());
    return day == null ? null : withYear(day.number(), month.number(), day.end());
  }

  /** {@code août 2014}, or a month alone. */
  private Partial monthYear(int at) {
    DateWords.Hit month = index.match(WordKind.MONTH, at);
    if (month == null) {
      return null;
    }
    return withYear(0, month.number(), month.end());
  }

  private Partial yearAlone(int at) {
    int year = year(at);
    return year == 0 ? null : new Partial(0, 0, year, at + 1);
  }

  /** The parts read so far, with the year that follows at {@code k} (after a comma) if any. */
  private Partial withYear(int day, int month, int k) {
    int year = year(k);
    if (year > 0) {
      return new Partial(day, month, year, k + 1);
    }
    year = tokens.is(k, ",") ? year(k + 1) : 0;
    return year > 0 ? new Partial(day, month, year, k + 2) : new Partial(day, month, 0, k);
  }

  /** A day of the month: 1..31 with an ordinal ending or none, or an ordinal word. */
  private DateWords.Hit day(int at) {
    int digits = tokens.digits(at);
    if (digits == 0) {
      return index.match(WordKind.ORDINAL_DAY, at);
    }
    if (digits > 2) {
      return null;
    }
    String word = tokens.word(at);
    boolean suffixOk =
        digits == word.length() || words.has(WordKind.DAY_SUFFIX, word.substring(digits));
    int n = tokens.leadingNumber(at);
    if (!suffixOk || n < 1 || n > 31 || isDecimal(at)) {
      return null;
    }
    return new DateWords.Hit(at + 1, Integer.toString(n));
  }

  /** A four-digit year, unless a unit follows: "depuis 2000 ans" counts years. */
  private int year(int at) {
    if (!tokens.isNumber(at) || tokens.digits(at) != 4 || isDecimal(at)) {
      return 0;
    }
    int n = tokens.leadingNumber(at);
    boolean counted = index.match(WordKind.UNIT, at + 1) != null;
    return n >= MIN_YEAR && n <= MAX_YEAR && !counted ? n : 0;
  }

  /** Whether the number at {@code at} is part of 250.000, 2,5 or 1.5 rather than a word alone. */
  private boolean isDecimal(int at) {
    boolean before =
        tokens.touchesPrevious(at)
            && tokens.touchesPrevious(at - 1)
            && isSeparator(tokens.word(at - 1))
            && tokens.isNumber(at - 2);
    boolean after =
        tokens.touchesPrevious(at + 1)
            && isSeparator(tokens.word(at + 1))
            && tokens.isNumber(at + 2)
            && tokens.touchesPrevious(at + 2);
    return before || after;
  }

  /** "entre le 3 et le 5 mars": an article may follow the words of a range. */
  private int afterArticle(int at) {
    DateWords.Hit article = index.match(WordKind.ARTICLE, at);
    return article == null ? at : article.end();
  }

  private static boolean isSeparator(String word) {
    return ".".equals(word) || ",".equals(word);
  }

  private static int twoDigitYear(int yy) {
    return yy < 50 ? 2000 + yy : 1900 + yy;
  }

  private static Partial longer(Partial best, Partial candidate) {
    return candidate != null && (best == null || candidate.end > best.end) ? candidate : best;
  }
}
