package org.vigie.enrich;

import java.math.BigDecimal;

/**
 * Reads the number written at a piece of a sentence: digits in the language's format ({@code
 * 250.000}, {@code 250 000}, {@code 30,000}, {@code 1,5 million}) or words ({@code deux mille},
 * {@code vingt et un}, {@code a dozen}, {@code two thousand}). One instance reads one sentence.
 */
final class NumberReader {

  /** Larger values are not counts (a phone number, a sum in some currency). */
  private static final long MAX_VALUE = 1_000_000_000_000L;

  /**
   * A number: pieces {@code start} to {@code end} (exclusive), its value, and whether it is a round
   * count ("une dizaine"). A vague one ("des milliers", "hundreds") has value -1 and is not a
   * count; its pieces are passed over.
   */
  record Read(int start, int end, long value, boolean approximate) {

    boolean isVague() {
      return value < 0;
    }
  }

  private final QuantityWords words;
  private final Tokens pieces;

  NumberReader(QuantityWords words, Tokens pieces) {
    this.words = words;
    this.pieces = pieces;
  }

  /** The number at piece {@code k}, or null. */
  Read at(int k) {
    Read read = digits(k);
    return read != null ? read : words(k);
  }

  /** {@code 250.000}, {@code 250 000}, {@code 30,000}, {@code 1,5 million}, {@code 2014}. */
  private Read digits(int k) {
    if (!pieces.isNumber(k) || isInsideCode(k)) {
      return null;
    }
    StringBuilder digits = new StringBuilder(pieces.word(k));
    int end = k + 1;
    if (pieces.digits(k) <= 3) {
      while (true) {
        String mark = pieces.word(end);
        boolean grouped =
            mark != null
                && mark.length() == 1
                && mark.charAt(0) == words.grouping()
                && pieces.touchesPrevious(end)
                && isGroup(end + 1, true);
        if (grouped) {
          digits.append(pieces.word(end + 1));
          end += 2;
        } else if (isGroup(end, false)) {
          digits.append(pieces.word(end));
          end += 1;
        } else {
          break;
        }
      }
    }
    String fraction = "";
    String mark = pieces.word(end);
    if (mark != null
        && mark.length() == 1
        && mark.charAt(0) == words.decimal()
        && pieces.touchesPrevious(end)
        && pieces.isNumber(end + 1)
        && pieces.touchesPrevious(end + 1)) {
      fraction = pieces.word(end + 1);
      end += 2;
    }
    if (isRangeOrTime(end)) {
      return null;
    }
    BigDecimal value =
        new BigDecimal(fraction.isEmpty() ? digits.toString() : digits + "." + fraction);
    PhraseList.Hit scale = words.match(QuantityKind.SCALE, pieces, end);
    if (scale != null) {
      value = value.multiply(new BigDecimal(scale.value()));
      end = scale.end();
    } else if (!fraction.isEmpty()) {
      return null; // 2,5 alone is a measure, not a count
    }
    return of(k, end, value, false);
  }

  /** Three digits written after a space (250 000) or, when {@code touching}, after a mark. */
  private boolean isGroup(int k, boolean touching) {
    return pieces.isNumber(k)
        && pieces.digits(k) == 3
        && pieces.touchesPrevious(k) == touching
        && (touching || pieces.end(k - 1) + 1 == pieces.start(k));
  }

  /** Su-24, F-16, 1/2: a number joined to what stands before it is part of a code. */
  private boolean isInsideCode(int k) {
    if (!pieces.touchesPrevious(k)) {
      return false;
    }
    String before = pieces.word(k - 1);
    return Character.isLetterOrDigit(before.charAt(0))
        || (("-".equals(before) || "/".equals(before) || ".".equals(before) || ",".equals(before))
            && pieces.touchesPrevious(k - 1));
  }

  /** 3-1, 24/7, 17:30: a score, a ratio or a time follows. */
  private boolean isRangeOrTime(int end) {
    String mark = pieces.word(end);
    return mark != null
        && ("-".equals(mark) || "/".equals(mark) || ":".equals(mark))
        && pieces.touchesPrevious(end)
        && pieces.digits(end + 1) > 0
        && pieces.touchesPrevious(end + 1);
  }

  /** {@code deux mille}, {@code vingt et un}, {@code une dizaine}, {@code a dozen}. */
  private Read words(int k) {
    long total = 0;
    long current = 0;
    long last = 0;
    int end = k;
    boolean counted = false;
    if (words.match(QuantityKind.ARTICLE, pieces, k) != null && multiplies(k + 1)) {
      current = 1;
      end = k + 1;
      counted = true;
    }
    while (true) {
      int at = joined(end, last, counted);
      PhraseList.Hit number = words.match(QuantityKind.NUMBER, pieces, at);
      PhraseList.Hit hundred = words.match(QuantityKind.HUNDRED, pieces, at);
      PhraseList.Hit scale = words.match(QuantityKind.SCALE, pieces, at);
      PhraseList.Hit collective = words.match(QuantityKind.COLLECTIVE, pieces, at);
      boolean alone = words.match(QuantityKind.ALONE, pieces, at) != null;
      if (number != null && follows(last, Long.parseLong(number.value()))) {
        last = Long.parseLong(number.value());
        current += last;
        end = number.end();
      } else if (hundred != null && current < 100 && (counted || current > 0 || alone)) {
        current = Math.max(current, 1) * 100;
        last = 100;
        end = hundred.end();
      } else if (scale != null && (counted || current > 0 || total > 0 || alone)) {
        total += Math.max(current, 1) * Long.parseLong(scale.value());
        current = 0;
        last = Long.parseLong(scale.value());
        end = scale.end();
      } else if (collective != null) {
        return collective(k, current + total, collective);
      } else if ((hundred != null || scale != null) && !counted && current == 0 && total == 0) {
        return new Read(k, (hundred != null ? hundred : scale).end(), -1, false);
      } else {
        break;
      }
      counted = true;
    }
    boolean onlyArticle = end == k + 1 && words.match(QuantityKind.ARTICLE, pieces, k) != null;
    if (end == k || onlyArticle) {
      return null;
    }
    return of(k, end, BigDecimal.valueOf(total + current), false);
  }

  /** Whether a number word of value {@code next} may follow one of value {@code last}. */
  private static boolean follows(long last, long next) {
    if (last == 0 || last >= 100) {
      return last == 0 || next < 100;
    }
    return last % 10 == 0 && last >= 20 && next < 20 && (next < 10 || last % 20 == 0);
  }

  /**
   * The piece where the next part of a number stands: past a hyphen (vingt-cinq) or a joiner (vingt
   * et un, a hundred and fifty) when a smaller number follows.
   */
  private int joined(int at, long last, boolean counted) {
    if (!counted) {
      return at;
    }
    if ("-".equals(pieces.word(at))
        && pieces.touchesPrevious(at)
        && pieces.touchesPrevious(at + 1)) {
      return at + 1;
    }
    PhraseList.Hit joiner = words.match(QuantityKind.JOINER, pieces, at);
    PhraseList.Hit next =
        joiner == null ? null : words.match(QuantityKind.NUMBER, pieces, joiner.end());
    boolean tensOrMore = last >= 100 || (last >= 20 && last % 10 == 0);
    return next != null && tensOrMore && Long.parseLong(next.value()) < Math.min(last, 100)
        ? joiner.end()
        : at;
  }

  /** "une dizaine" is 10, "deux dizaines" 20, "une dizaine de milliers" 10 000; none is vague. */
  private Read collective(int k, long count, PhraseList.Hit collective) {
    if (count == 0) {
      return new Read(k, collective.end(), -1, false);
    }
    BigDecimal value = BigDecimal.valueOf(count).multiply(new BigDecimal(collective.value()));
    int end = collective.end();
    PhraseList.Hit of = words.match(QuantityKind.OF, pieces, end);
    if (of != null) {
      PhraseList.Hit times = words.match(QuantityKind.COLLECTIVE, pieces, of.end());
      if (times == null) {
        times = words.match(QuantityKind.SCALE, pieces, of.end());
      }
      if (times != null) {
        value = value.multiply(new BigDecimal(times.value()));
        end = times.end();
      }
    }
    return of(k, end, value, true);
  }

  /** Whether a hundred, scale or collective word stands at {@code k} (un millier, a hundred). */
  private boolean multiplies(int k) {
    return words.match(QuantityKind.HUNDRED, pieces, k) != null
        || words.match(QuantityKind.SCALE, pieces, k) != null
        || words.match(QuantityKind.COLLECTIVE, pieces, k) != null;
  }

  private static Read of(int start, int end, BigDecimal value, boolean approximate) {
    long n = value.setScale(0, java.math.RoundingMode.HALF_UP).longValue();
    return n <= 0 || n > MAX_VALUE ? null : new Read(start, end, n, approximate);
  }
}
