package org.vigie.enrich;

import java.util.ArrayList;
import java.util.List;
import org.vigie.model.Sentence;
import org.vigie.model.Span;
import org.vigie.model.Token;

/**
 * Reads one sentence from left to right for counts: a qualifier ({@code plus de}), a number, and
 * the noun that says what is counted, whose kind the verb of the clause may make precise. Numbers
 * in dates, measures ({@code 30 %}, {@code 3 ans}) and names ({@code résolution 2254}) are not
 * counts.
 */
final class QuantityScanner {

  /** How many pieces after a number its noun may stand (30,000 foreign fighters). */
  private static final int NOUN_WINDOW = 3;

  /** How many pieces after the count the clause's verb is looked for, when not parsed. */
  private static final int VERB_WINDOW = 10;

  /** How many fillers may stand between a verb and the count it governs (ont tué au moins 30). */
  private static final int MAX_FILLERS = 3;

  /** The earliest year a bare four-digit number is taken to be. */
  private static final int FIRST_YEAR = 1000;

  private static final int LAST_YEAR = 2099;

  /**
   * A count found: pieces {@code start} to {@code end} (exclusive), qualifier included.
   *
   * @param kind the kind of what is counted, or null
   */
  record Found(int start, int end, long value, String qualifier, String kind) {}

  private final QuantityWords words;
  private final Tokens pieces;
  private final NumberReader numbers;
  private final Sentence sentence;
  private final int offset;
  private final List<Span> notCounts;

  /**
   * @param sentence the sentence, for lemmas and, when parsed, relations
   * @param offset where the sentence's text starts in the document
   * @param notCounts document spans whose numbers are not counts (dates)
   */
  QuantityScanner(QuantityWords words, Sentence sentence, int offset, List<Span> notCounts) {
    this.words = words;
    this.pieces = Tokens.of(sentence.text());
    this.numbers = new NumberReader(words, pieces);
    this.sentence = sentence;
    this.offset = offset;
    this.notCounts = notCounts;
  }

  Tokens pieces() {
    return pieces;
  }

  List<Found> scan() {
    List<Found> out = new ArrayList<>(2);
    int i = 0;
    while (i < pieces.size()) {
      PhraseList.Hit qualifier = words.match(QuantityKind.QUALIFIER, pieces, i);
      int at = qualifier == null ? i : qualifier.end();
      NumberReader.Read number = numbers.at(at);
      if (number == null) {
        i++;
      } else if (number.isVague() || !isCount(number, qualifier == null ? i : qualifier.start())) {
        i = number.end();
      } else {
        Found found = count(qualifier, number);
        if (found != null) {
          out.add(found);
        }
        i = found == null ? number.end() : found.end();
      }
    }
    return out;
  }

  /** What {@link #noun} finds when a unit stands where the noun would. */
  private static final PhraseList.Hit MEASURED = new PhraseList.Hit(0, 0, "");

  /** The count read at {@code number}, or null when it is a bare year or a measure. */
  private Found count(PhraseList.Hit qualifier, NumberReader.Read number) {
    int start = qualifier == null ? number.start() : qualifier.start();
    PhraseList.Hit noun = noun(number.end());
    if (noun == MEASURED) {
      return null;
    }
    String kind = noun == null ? null : noun.value();
    if (kind == null && isYear(number)) {
      return null;
    }
    kind = refined(kind, noun, start, number.end());
    String hedge = qualifier != null ? qualifier.value() : number.approximate() ? "about" : null;
    int end = noun == null ? number.end() : noun.end();
    return new Found(start, end, number.value(), hedge, kind);
  }

  /** Whether the number is a count: not in a date, not a measure, not a name. */
  private boolean isCount(NumberReader.Read number, int start) {
    Span span =
        new Span(offset + pieces.start(number.start()), offset + pieces.end(number.end() - 1));
    for (Span date : notCounts) {
      if (date.start() < span.end() && span.start() < date.end()) {
        return false;
      }
    }
    if (start > 0 && words.matchEndingAt(QuantityKind.LABEL, pieces, start - 1) != null) {
      return false;
    }
    if (start > 0
        && !isWord(start - 1)
        && words.matchEndingAt(QuantityKind.MEASURE, pieces, start - 1) != null) {
      return false; // $5 million
    }
    PhraseList.Hit of = words.match(QuantityKind.OF, pieces, number.end());
    int after = of == null ? number.end() : of.end();
    return words.match(QuantityKind.MEASURE, pieces, number.end()) == null
        && words.match(QuantityKind.MEASURE, pieces, after) == null;
  }

  /** A four-digit number alone in the range of years: "en 2014", "Début 2014". */
  private boolean isYear(NumberReader.Read number) {
    return number.end() == number.start() + 1
        && pieces.digits(number.start()) == 4
        && number.value() >= FIRST_YEAR
        && number.value() <= LAST_YEAR;
  }

  /**
   * The counted noun within a few words after the number ("de" passed over), {@link #MEASURED} when
   * a unit comes first, or null.
   */
  private PhraseList.Hit noun(int end) {
    PhraseList.Hit of = words.match(QuantityKind.OF, pieces, end);
    int k = of == null ? end : of.end();
    for (int step = 0; step < NOUN_WINDOW && k < pieces.size(); step++) {
      if (!isWord(k)
          || pieces.digits(k) > 0
          || words.match(QuantityKind.JOINER, pieces, k) != null) {
        return null; // "killed 12 and wounded 30": "wounded" is not what the 12 are
      }
      if (words.match(QuantityKind.MEASURE, pieces, k) != null) {
        return MEASURED; // 55 million light years
      }
      PhraseList.Hit hit = words.match(QuantityKind.COUNTED, pieces, k);
      if (hit == null) {
        String kind = words.value(QuantityKind.COUNTED, lemma(k));
        hit = kind == null ? null : new PhraseList.Hit(k, k + 1, kind);
      }
      if (hit != null) {
        return hit;
      }
      k++;
    }
    return null;
  }

  /**
   * The kind made precise by the clause's verb: a verb of killing, wounding or arresting before the
   * count ("killed 30 people"), else the verb whose subject or object the noun is in the parse,
   * else a verb or participle after it ("30 personnes ont été tuées").
   */
  private String refined(String kind, PhraseList.Hit noun, int start, int numberEnd) {
    QuantityWords.Counts counts = kind == null ? QuantityWords.Counts.GENERIC : words.counts(kind);
    if (counts == QuantityWords.Counts.CASUALTY || counts == QuantityWords.Counts.THINGS) {
      return kind;
    }
    String action = actionBefore(start);
    if (action == null && noun != null) {
      action = parsedAction(noun.start());
    }
    if (action == null) {
      action = actionAfter(noun == null ? numberEnd : noun.end());
    }
    if (action == null) {
      return kind;
    }
    boolean casualty = words.counts(action) == QuantityWords.Counts.CASUALTY;
    return casualty || counts == QuantityWords.Counts.GENERIC ? action : kind;
  }

  /** A casualty verb just before the count, fillers passed over. */
  private String actionBefore(int start) {
    int k = start - 1;
    for (int skipped = 0; k >= 0 && skipped <= MAX_FILLERS; skipped++) {
      String action = action(k);
      if (action != null) {
        return words.counts(action) == QuantityWords.Counts.CASUALTY ? action : null;
      }
      PhraseList.Hit filler = words.matchEndingAt(QuantityKind.FILLER, pieces, k);
      if (filler == null) {
        return null;
      }
      k = filler.start() - 1;
    }
    return null;
  }

  /** The verb that has the noun at piece {@code k} as subject or object, or a participle on it. */
  private String parsedAction(int k) {
    if (!sentence.parsed()) {
      return null;
    }
    Token noun = tokenAt(k);
    if (noun == null) {
      return null;
    }
    String relation = noun.relation() == null ? "" : noun.relation();
    if (noun.head() >= 0 && (relation.startsWith("nsubj") || relation.equals("obj"))) {
      String action = actionOf(sentence.tokens().get(noun.head()));
      if (action != null) {
        return action;
      }
    }
    for (Token child : sentence.children(noun.index())) {
      String r = child.relation() == null ? "" : child.relation();
      if (r.startsWith("acl") || r.equals("amod")) {
        String action = actionOf(child);
        if (action != null) {
          return action;
        }
      }
    }
    return null;
  }

  /** An action word in the clause after the count, up to a punctuation mark. */
  private String actionAfter(int k) {
    for (int step = 0; step < VERB_WINDOW && k < pieces.size() && inClause(k); step++) {
      String action = action(k);
      if (action != null) {
        return action;
      }
      k++;
    }
    return null;
  }

  private String action(int k) {
    PhraseList.Hit hit = words.match(QuantityKind.ACTION, pieces, k);
    if (hit != null) {
      return hit.value();
    }
    return isWord(k) ? words.value(QuantityKind.ACTION, lemma(k)) : null;
  }

  private String actionOf(Token t) {
    String action = words.value(QuantityKind.ACTION, Tokens.fold(t.word()));
    return action != null || t.lemma() == null
        ? action
        : words.value(QuantityKind.ACTION, Tokens.fold(t.lemma()));
  }

  /** A word, or the apostrophe or hyphen inside one (l'EI, Proche-Orient). */
  private boolean inClause(int k) {
    String w = pieces.word(k);
    return isWord(k) || ("'".equals(w) || "-".equals(w)) && pieces.touchesPrevious(k + 1);
  }

  private boolean isWord(int k) {
    String w = pieces.word(k);
    return w != null && Character.isLetterOrDigit(w.charAt(0));
  }

  /** The folded lemma of the sentence's token under piece {@code k}, or null. */
  private String lemma(int k) {
    Token t = tokenAt(k);
    return t == null || t.lemma() == null ? null : Tokens.fold(t.lemma());
  }

  private Token tokenAt(int k) {
    int at = offset + pieces.start(k);
    for (Token t : sentence.tokens()) {
      if (t.start() <= at && at < t.end()) {
        return t;
      }
    }
    return null;
  }
}
