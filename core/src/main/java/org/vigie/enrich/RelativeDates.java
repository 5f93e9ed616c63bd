package org.vigie.enrich;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.vigie.enrich.Anchoring.Relation;
import org.vigie.enrich.WordKind.Positions;

/**
 * Dates read from the article date: weekdays ({@code mercredi}, {@code lundi dernier}), named days
 * ({@code hier}, {@code la veille}), counts back ({@code il y a trois jours}, {@code three days
 * ago}) and calendar periods ({@code la semaine dernière}, {@code last month}). Without an article
 * date none of them resolves. One instance reads one sentence.
 */
final class RelativeDates {

  private final WordIndex index;
  private final Tokens tokens;
  private final LocalDate article;
  private final AbsoluteDates absolute;

  RelativeDates(WordIndex index, LocalDate article, AbsoluteDates absolute) {
    this.index = index;
    this.tokens = index.tokens();
    this.article = article;
    this.absolute = absolute;
  }

  /**
   * A weekday, with an optional modifier and part of the day ({@code dimanche matin}). A weekday
   * followed by a calendar date ({@code mercredi 30 septembre}) is that date.
   */
  Found weekday(int at) {
    WordIndex.Modifier before = index.modifier(at, Positions.BEFORE);
    int k = before == null ? at : before.end();
    DateWords.Hit weekday = index.match(WordKind.WEEKDAY, k);
    if (weekday == null) {
      return null;
    }
    DayOfWeek day = DayOfWeek.of(weekday.number());
    k = weekday.end();
    if (before == null) {
      int dateAt = tokens.is(k, ",") ? k + 1 : k;
      AbsoluteDates.Partial date = absolute.partial(dateAt, false);
      if (date != null && date.hasDayAndMonth()) {
        Found found = absolute.resolve(date, at);
        if (found != null && date.year() == 0 && article != null) {
          LocalDate matching = Anchoring.yearWithWeekday(article, date.month(), date.day(), day);
          found = matching == null ? found : Found.day(at, found.end(), matching);
        }
        if (found != null) {
          return found;
        }
      }
    }
    if (article == null) {
      return null;
    }
    k = afterDaypart(k);
    if (index.match(WordKind.THAT, k) != null) {
      return null; // "ce mercredi-là" is some other week's
    }
    WordIndex.Modifier after = before == null ? index.modifier(k, Positions.AFTER) : null;
    if (after != null) {
      return Found.day(at, after.end(), Anchoring.weekday(article, day, after.relation()));
    }
    LocalDate date =
        before == null
            ? Anchoring.weekday(article, day)
            : Anchoring.weekday(article, day, before.relation());
    return Found.day(at, k, date);
  }

  /**
   * {@code aujourd'hui}, {@code hier soir}, {@code la veille} (not "la veille du sommet"), {@code
   * ce matin}, {@code last night}, {@code la nuit dernière}.
   */
  Found namedDay(int at) {
    if (article == null) {
      return null;
    }
    DateWords.Hit offset = index.match(WordKind.DAY_OFFSET, at);
    if (offset != null) {
      return Found.day(at, afterDaypart(offset.end()), article.plusDays(offset.number()));
    }
    DateWords.Hit near = index.match(WordKind.NEAR_DAY, at);
    if (near != null && index.match(WordKind.ANCHOR, near.end()) == null) {
      return Found.day(at, afterDaypart(near.end()), article.plusDays(near.number()));
    }
    WordIndex.Modifier before = index.modifier(at, Positions.BEFORE);
    if (before != null) {
      DateWords.Hit part = index.match(WordKind.DAYPART, before.end());
      return part == null ? null : daypart(at, part.end(), before.relation());
    }
    DateWords.Hit determiner = index.match(WordKind.ARTICLE, at);
    int k = determiner == null ? at : determiner.end();
    DateWords.Hit part = index.match(WordKind.DAYPART, k);
    WordIndex.Modifier after = part == null ? null : index.modifier(part.end(), Positions.AFTER);
    return after == null ? null : daypart(at, after.end(), after.relation());
  }

  /** {@code il y a trois jours}, {@code depuis deux ans}, {@code 3 weeks ago}. */
  Found ago(int at) {
    if (article == null) {
      return null;
    }
    DateWords.Hit ago = index.match(WordKind.AGO, at);
    if (ago != null && ago.value().equals(Positions.BEFORE)) {
      DateWords.Hit count = count(ago.end());
      DateWords.Hit unit = count == null ? null : index.match(WordKind.UNIT, count.end());
      return unit == null ? null : back(at, unit.end(), count.number(), unit.value());
    }
    DateWords.Hit count = count(at);
    DateWords.Hit unit = count == null ? null : index.match(WordKind.UNIT, count.end());
    DateWords.Hit after = unit == null ? null : index.match(WordKind.AGO, unit.end());
    if (after == null || !after.value().equals(Positions.AFTER)) {
      return null;
    }
    return back(at, after.end(), count.number(), unit.value());
  }

  /**
   * {@code la semaine dernière}, {@code le mois dernier}, {@code l'an dernier}, {@code cette
   * année}, {@code next week}. A week is given as its Monday (see {@link Anchoring}). After a
   * qualifier the period needs no modifier and is the article's: {@code début de l'année}.
   */
  Found period(int at, boolean qualified) {
    if (article == null) {
      return null;
    }
    DateWords.Hit determiner = index.match(WordKind.ARTICLE, at);
    int k = determiner == null ? at : determiner.end();
    WordIndex.Modifier before = index.modifier(k, Positions.BEFORE);
    DateWords.Hit period = index.match(WordKind.PERIOD, before == null ? k : before.end());
    if (period == null) {
      return null;
    }
    if (index.match(WordKind.THAT, period.end()) != null) {
      return null; // "cette semaine-là" is not the article's
    }
    WordIndex.Modifier after = index.modifier(period.end(), Positions.AFTER);
    if (before == null && after == null && !qualified
        || before != null && after != null && before.relation() != after.relation()) {
      return null;
    }
    Relation relation =
        before != null ? before.relation() : after != null ? after.relation() : Relation.THIS;
    int end = after != null ? after.end() : period.end();
    int delta = relation == Relation.LAST ? -1 : relation == Relation.NEXT ? 1 : 0;
    return switch (period.value()) {
      case "week" -> Found.day(at, end, Anchoring.mondayOfWeek(article, delta));
      case "month" -> Found.month(at, end, YearMonth.from(article).plusMonths(delta));
      default -> Found.year(at, end, article.getYear() + delta);
    };
  }

  /** "Ce soir" is today, "last night" and "la nuit dernière" yesterday. */
  private Found daypart(int at, int end, Relation relation) {
    return switch (relation) {
      case THIS -> Found.day(at, end, article);
      case LAST -> Found.day(at, end, article.minusDays(1));
      case NEXT -> null; // "next morning" is told from the story's day, not the article's
    };
  }

  private Found back(int at, int end, int count, String unit) {
    return switch (unit) {
      case "day" -> Found.day(at, end, article.minusDays(count));
      case "week" -> Found.day(at, end, article.minusWeeks(count));
      case "month" -> Found.month(at, end, YearMonth.from(article).minusMonths(count));
      default -> Found.year(at, end, article.getYear() - count);
    };
  }

  /** A count: 1..999 in digits, or a number word. */
  private DateWords.Hit count(int at) {
    if (tokens.isNumber(at) && tokens.digits(at) <= 3) {
      int n = tokens.leadingNumber(at);
      return n > 0 ? new DateWords.Hit(at + 1, Integer.toString(n)) : null;
    }
    return index.match(WordKind.NUMBER, at);
  }

  private int afterDaypart(int at) {
    DateWords.Hit part = index.match(WordKind.DAYPART, at);
    return part == null ? at : part.end();
  }
}
