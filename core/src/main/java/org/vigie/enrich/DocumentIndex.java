package org.vigie.enrich;

import java.util.ArrayList;
import java.util.List;
import org.vigie.model.ActorMention;
import org.vigie.model.ResolvedDocument;
import org.vigie.model.Sentence;
import org.vigie.model.Span;
import org.vigie.model.Token;

/**
 * A resolved document seen through character offsets: its cleaned text cut into {@link Tokens}
 * pieces, and from any offset the sentence, the parser's token and the actor mentions there. The
 * pieces are what word lists match; the tokens bring lemmas and, in parsed sentences, relations.
 */
final class DocumentIndex {

  private final ResolvedDocument doc;
  private final String text;
  private final Tokens pieces;
  private final List<Sentence> sentences;

  DocumentIndex(ResolvedDocument doc) {
    this.doc = doc;
    this.text = doc.document().article().text();
    this.pieces = Tokens.of(text);
    this.sentences = doc.document().sentences();
  }

  String text() {
    return text;
  }

  Tokens pieces() {
    return pieces;
  }

  List<Span> paragraphs() {
    return doc.document().article().paragraphs();
  }

  /** The first piece that starts at or after {@code offset} ({@code size()} when none does). */
  int pieceFrom(int offset) {
    int lo = 0;
    int hi = pieces.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pieces.start(mid) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The characters from piece {@code first} to piece {@code last}, both included. */
  Span span(int first, int last) {
    return new Span(pieces.start(first), pieces.end(last));
  }

  /** Whether piece {@code i} is a word (letters or digits) rather than a punctuation mark. */
  boolean isWord(int i) {
    return i >= 0 && i < pieces.size() && Character.isLetterOrDigit(text.charAt(pieces.start(i)));
  }

  /**
   * The index of the sentence that holds {@code offset}, or of the last one before it; -1 if none.
   */
  int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).span().start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  Sentence sentence(int index) {
    return sentences.get(index);
  }

  /** The parser's token that covers the first character of piece {@code i}, or null. */
  Token tokenAt(int i) {
    int offset = pieces.start(i);
    int s = sentenceAt(offset);
    if (s < 0) {
      return null;
    }
    for (Token t : sentences.get(s).tokens()) {
      if (t.start() <= offset && offset < t.end()) {
        return t;
      }
    }
    return null;
  }

  /** The folded lemma of the token under piece {@code i}, or null. */
  String lemmaAt(int i) {
    Token t = tokenAt(i);
    return t == null || t.lemma() == null ? null : Tokens.fold(t.lemma());
  }

  /** The mentions that share characters with {@code span}, in document order. */
  List<ActorMention> mentionsOver(Span span) {
    List<ActorMention> out = new ArrayList<>(2);
    int s = sentenceAt(span.start());
    int last = sentenceAt(Math.max(span.start(), span.end() - 1));
    for (int k = Math.max(s, 0); k <= last; k++) {
      for (ActorMention m : doc.mentionsIn(k)) {
        if (m.span().start() < span.end() && span.start() < m.span().end()) {
          out.add(m);
        }
      }
    }
    return out;
  }

  List<ActorMention> mentions() {
    return doc.mentions();
  }
}
