package org.vigie.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The date words that may start at each piece of one sentence, looked up once per piece so that the
 * grammar's many questions ("is a month here? a qualifier?") cost an array read each.
 */
final class WordIndex {

  private final DateWords words;
  private final Tokens tokens;
  private final List<Map<WordKind, List<DateWords.Form>>> atPiece;

  WordIndex(DateWords words, Tokens tokens) {
    this.words = words;
    this.tokens = tokens;
    this.atPiece = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      atPiece.add(words.startingWith(tokens.word(i)));
    }
  }

  DateWords words() {
    return words;
  }

  Tokens tokens() {
    return tokens;
  }

  /** Whether a date expression may start at piece {@code at}: a number or an opening word. */
  boolean mayStart(int at) {
    return at < tokens.size() && (tokens.digits(at) > 0 || words.opens(tokens.word(at)));
  }

  /** A this/last/next word: which one it asks for, and the piece after it. */
  record Modifier(Anchoring.Relation relation, int end) {}

  /** The this/last/next word at {@code at} that stands {@code position} its word, or null. */
  Modifier modifier(int at, String position) {
    Modifier found = modifier(WordKind.THIS, Anchoring.Relation.THIS, at, position);
    if (found == null) {
      found = modifier(WordKind.LAST, Anchoring.Relation.LAST, at, position);
    }
    return found != null ? found : modifier(WordKind.NEXT, Anchoring.Relation.NEXT, at, position);
  }

  private Modifier modifier(WordKind kind, Anchoring.Relation relation, int at, String position) {
    DateWords.Hit hit = match(kind, at);
    return hit != null && hit.value().equals(position) ? new Modifier(relation, hit.end()) : null;
  }

  /** The longest word of {@code kind} that starts at piece {@code at}, or null. */
  DateWords.Hit match(WordKind kind, int at) {
    if (at < 0 || at >= tokens.size()) {
      return null;
    }
    Map<WordKind, List<DateWords.Form>> kinds = atPiece.get(at);
    List<DateWords.Form> forms = kinds == null ? null : kinds.get(kind);
    if (forms == null) {
      return null;
    }
    for (DateWords.Form f : forms) {
      if (f.matches(tokens, at)) {
        return new DateWords.Hit(at + f.words().size(), f.value());
      }
    }
    return null;
  }
}
