package org.vigie.enrich;

import java.util.List;
import java.util.Set;
import org.vigie.model.ActorMention;
import org.vigie.model.Sentence;
import org.vigie.model.Span;
import org.vigie.model.Token;

/**
 * Finds who said a quote. First right after it ({@code "...", a fait savoir John Kerry}, {@code
 * a-t-il dit}, {@code selon X}, {@code "...," he said}, {@code said Kerry}), then before it in its
 * sentence ({@code X a déclaré : « ... »}, {@code Selon X, « ... »}, {@code X said that "..."}).
 * The subject of the verb of saying is read from the parse when the sentence has one, else from the
 * words around the verb. The speaker's actor is the mention found on the subject.
 */
final class SpeakerFinder {

  /** The value of a verb recognised by its lemma rather than by a listed form. */
  private static final String BY_LEMMA = "";

  /** How far after a quote the verb of saying may stand, in pieces. */
  private static final int AFTER_WINDOW = 10;

  /**
   * Relations of a verb that has no subject of its own and shares its head's: a participle
   * ("dénonçant"), an infinitive, a coordinated verb ("est arrivé et a déclaré").
   */
  private static final Set<String> SHARED_SUBJECT = Set.of("advcl", "xcomp", "conj");

  /** The longest speaker noun phrase read without an actor in it, in pieces. */
  private static final int MAX_PHRASE = 8;

  /**
   * A speaker as written: the actor's mention with the civility before it ("M.Kerry"), else the
   * whole noun phrase ("un responsable américain"); and the mention, if any.
   */
  record Found(Span span, ActorMention mention) {}

  private final DocumentIndex index;
  private final SpeechWords words;
  private final Tokens pieces;

  SpeakerFinder(DocumentIndex index, SpeechWords words) {
    this.index = index;
    this.words = words;
    this.pieces = index.pieces();
  }

  /**
   * The speaker of {@code quote}, looked for between {@code notBefore} and {@code notAfter} (the
   * neighbouring quotes); null when none is found.
   */
  Found find(QuoteMarks.Quoted quote, int notBefore, int notAfter) {
    Found after = after(quote.close() + 1, notAfter);
    return after != null ? after : before(quote.open(), notBefore);
  }

  private Found after(int from, int limitOffset) {
    int limit = Math.min(index.pieceFrom(limitOffset), pieces.size());
    int k = index.pieceFrom(from);
    while (k < limit && !index.isWord(k)) {
      if (isSentenceEnd(k)) {
        return null; // « ... ». Le président a promis...: a new sentence, not an attribution
      }
      k++;
    }
    int start = k;
    for (int steps = 0; k < limit && steps < AFTER_WINDOW; steps++) {
      if (!index.isWord(k) && !isFiller(k) && !isTitleMark(k)) {
        return null; // the clause after the quote ended without a verb of saying
      }
      PhraseList.Hit source = words.match(SpeechKind.SOURCE, pieces, k);
      if (source != null) {
        return onlyFillers(start, k) ? phraseAfter(source.end(), limit) : null;
      }
      PhraseList.Hit verb = verbAt(k);
      if (verb != null) {
        return attributed(start, verb, limit);
      }
      k++;
    }
    return null;
  }

  /**
   * The speaker of a verb of saying found after a quote: written between them ("...", he said;
   * a-t-il dit) or after the verb ("...", a dit Kerry). Null when what stands between is not a
   * subject, so that the verb belongs to some other clause.
   */
  private Found attributed(int start, PhraseList.Hit verb, int limit) {
    int a = skipFillers(start, verb.start());
    int b = verb.start() - 1;
    while (b >= a) {
      PhraseList.Hit filler = words.matchEndingAt(SpeechKind.FILLER, pieces, b);
      if (filler == null || filler.start() < a) {
        break;
      }
      b = filler.start() - 1;
    }
    for (int k = a; k <= b; k++) {
      if (!inPhrase(k)) {
        return null;
      }
    }
    Found parsed = parsedSubject(verb.end() - 1);
    if (parsed != null) {
      return parsed;
    }
    if (a <= b) {
      return found(a, b, b);
    }
    return isListed(verb) ? phraseAfter(verb.end(), limit) : null;
  }

  private Found before(int openOffset, int notBefore) {
    int s = index.sentenceAt(openOffset);
    if (s < 0) {
      return null;
    }
    int sentenceStart = index.sentence(s).span().start();
    int first = index.pieceFrom(Math.max(sentenceStart, notBefore));
    int end = index.pieceFrom(openOffset);
    if (first == end && s > 0 && endsWithColon(index.sentence(s - 1))) {
      first = index.pieceFrom(Math.max(index.sentence(s - 1).span().start(), notBefore));
    }
    for (int k = end - 1; k >= first; k--) {
      PhraseList.Hit source = words.matchEndingAt(SpeechKind.SOURCE, pieces, k);
      if (source != null && source.start() >= first) {
        return phraseAfter(source.end(), end);
      }
      PhraseList.Hit verb = verbEndingAt(k);
      if (verb != null && verb.start() >= first) {
        if (verb.start() > 0 && isInfinitiveMarker(verb.start() - 1)) {
          return null; // "avant de conclure : « ... »": the speaker is the previous one
        }
        Found parsed = parsedSubject(k);
        if (parsed != null) {
          return parsed;
        }
        Found subject = phraseBefore(verb.start() - 1, first);
        return subject != null || !isListed(verb) ? subject : phraseAfter(verb.end(), end);
      }
    }
    return null;
  }

  /** The noun phrase that starts after the fillers at {@code k}, before piece {@code limit}. */
  private Found phraseAfter(int k, int limit) {
    k = skipFillers(k, limit);
    if (k >= limit || !index.isWord(k)) {
      return null;
    }
    int b = k;
    while (b + 1 < limit && b - k < MAX_PHRASE && inPhrase(b + 1)) {
      b++;
    }
    return found(k, b, k);
  }

  /** The noun phrase that ends before the fillers at {@code k}, not before piece {@code first}. */
  private Found phraseBefore(int k, int first) {
    while (k >= first) {
      PhraseList.Hit filler = words.matchEndingAt(SpeechKind.FILLER, pieces, k);
      if (filler == null || filler.start() < first) {
        break;
      }
      k = filler.start() - 1;
    }
    if (k < first || !index.isWord(k) || isBoundary(k)) {
      return null;
    }
    int a = k;
    while (a - 1 >= first && k - a < MAX_PHRASE && inPhrase(a - 1)) {
      a--;
    }
    return found(a, k, k);
  }

  /**
   * The subject of the verb at piece {@code verb} from the parse: its {@code nsubj}, or for a
   * relative clause ("X, qui a déclaré") the noun the clause hangs on. Null when the sentence is
   * not parsed or the parse has no subject there.
   */
  private Found parsedSubject(int verb) {
    Token t = index.tokenAt(verb);
    int s = index.sentenceAt(pieces.start(verb));
    if (t == null || s < 0 || !index.sentence(s).parsed()) {
      return null;
    }
    Sentence sentence = index.sentence(s);
    Token subject = subjectOf(sentence, t);
    boolean shared = SHARED_SUBJECT.contains(relation(t)) && t.head() >= 0;
    if (subject == null && shared) {
      subject = subjectOf(sentence, sentence.tokens().get(t.head())); // dénonçant, et a ajouté
    }
    if (subject != null && "PRON".equals(subject.pos()) && relation(t).startsWith("acl")) {
      subject = t.head() >= 0 ? sentence.tokens().get(t.head()) : null;
    }
    if (subject == null) {
      return null;
    }
    int[] run = phraseAround(sentence, subject);
    int first = index.pieceFrom(sentence.tokens().get(run[0]).start());
    int last = index.pieceFrom(sentence.tokens().get(run[1]).end()) - 1;
    int head = index.pieceFrom(subject.start());
    return last >= first ? found(first, last, head) : null;
  }

  private static String relation(Token t) {
    return t.relation() == null ? "" : t.relation();
  }

  private static Token subjectOf(Sentence sentence, Token verb) {
    for (Token child : sentence.children(verb.index())) {
      if ("nsubj".equals(child.relation())) {
        return child;
      }
    }
    return null;
  }

  /** The tokens of {@code head}'s subtree next to it, up to a punctuation mark on either side. */
  private static int[] phraseAround(Sentence sentence, Token head) {
    List<Token> tokens = sentence.tokens();
    int a = head.index();
    while (a - 1 >= 0
        && sentence.dominates(head.index(), a - 1)
        && !"PUNCT".equals(tokens.get(a - 1).pos())) {
      a--;
    }
    int b = head.index();
    while (b + 1 < tokens.size()
        && sentence.dominates(head.index(), b + 1)
        && !"PUNCT".equals(tokens.get(b + 1).pos())) {
      b++;
    }
    return new int[] {a, b};
  }

  /**
   * The speaker written on pieces {@code first..last}. Its mention is the one on {@code head}, else
   * the first that names an actor, else a nationality adjective ("un responsable américain").
   */
  private Found found(int first, int last, int head) {
    List<ActorMention> over = index.mentionsOver(index.span(first, last));
    int offset = pieces.start(head);
    ActorMention best = null;
    for (ActorMention m : over) {
      if (m.span().start() <= offset && offset < m.span().end()) {
        best = m;
        break;
      }
      if (best == null || isAdjective(best) && !isAdjective(m)) {
        best = m;
      }
    }
    if (best == null || isAdjective(best)) {
      return new Found(withoutInversionMarks(index.span(first, last)), best);
    }
    return new Found(withoutInversionMarks(withTitle(best.span())), best);
  }

  /** "-t-il" of "a-t-il dit" is written "il". */
  private Span withoutInversionMarks(Span span) {
    String text = index.text();
    int start = span.start();
    if (text.startsWith("-t-", start)) {
      start += 3;
    } else if (text.startsWith("-", start)) {
      start += 1;
    }
    return start < span.end() ? new Span(start, span.end()) : span;
  }

  /** {@code span} with a civility written just before it ("M." of "M.Kerry", "Mme"). */
  private Span withTitle(Span span) {
    int before = index.pieceFrom(span.start()) - 1;
    PhraseList.Hit title =
        before < 0 ? null : words.matchEndingAt(SpeechKind.TITLE, pieces, before);
    boolean period = title != null && ".".equals(pieces.word(before));
    boolean adjacent = period || title != null && !pieces.touchesPrevious(before + 1);
    return adjacent ? new Span(pieces.start(title.start()), span.end()) : span;
  }

  private static boolean isAdjective(ActorMention m) {
    return m.kind() == ActorMention.Kind.ADJECTIVE;
  }

  /** A verb of saying at piece {@code k}, by its forms or by the lemma of the word there. */
  private PhraseList.Hit verbAt(int k) {
    PhraseList.Hit hit = words.match(SpeechKind.VERB, pieces, k);
    if (hit == null && words.has(SpeechKind.VERB, index.lemmaAt(k))) {
      hit = new PhraseList.Hit(k, k + 1, BY_LEMMA);
    }
    return hit;
  }

  private PhraseList.Hit verbEndingAt(int k) {
    PhraseList.Hit hit = words.matchEndingAt(SpeechKind.VERB, pieces, k);
    if (hit == null && index.isWord(k) && words.has(SpeechKind.VERB, index.lemmaAt(k))) {
      hit = new PhraseList.Hit(k, k + 1, BY_LEMMA);
    }
    return hit;
  }

  /**
   * Whether the verb is written in one of its listed forms. A verb known only by its lemma may be a
   * participle ("dénonçant les déclarations"), which has no subject after it.
   */
  private static boolean isListed(PhraseList.Hit verb) {
    return !BY_LEMMA.equals(verb.value());
  }

  private boolean isSentenceEnd(int k) {
    String w = pieces.word(k);
    return ".".equals(w) || "!".equals(w) || "?".equals(w) || "…".equals(w) || ";".equals(w);
  }

  /** Whether piece {@code k} may belong to a noun phrase: a word, or a mark inside a word. */
  private boolean inPhrase(int k) {
    if (index.isWord(k)) {
      return !isBoundary(k);
    }
    String w = pieces.word(k);
    boolean inside =
        ("'".equals(w) || "-".equals(w) || ".".equals(w))
            && pieces.touchesPrevious(k)
            && pieces.touchesPrevious(k + 1);
    return inside || isTitleMark(k);
  }

  /** The period of a title abbreviation ("M." in "M. Kerry"). */
  private boolean isTitleMark(int k) {
    return ".".equals(pieces.word(k)) && words.matchEndingAt(SpeechKind.TITLE, pieces, k) != null;
  }

  private boolean isInfinitiveMarker(int k) {
    return words.has(SpeechKind.INFINITIVE, pieces.word(k));
  }

  private boolean isBoundary(int k) {
    return words.has(SpeechKind.BOUNDARY, pieces.word(k));
  }

  private boolean isFiller(int k) {
    return words.match(SpeechKind.FILLER, pieces, k) != null;
  }

  private int skipFillers(int k, int limit) {
    while (k < limit) {
      PhraseList.Hit filler = words.match(SpeechKind.FILLER, pieces, k);
      if (filler == null) {
        break;
      }
      k = filler.end();
    }
    return k;
  }

  private boolean onlyFillers(int from, int to) {
    return skipFillers(from, to) >= to;
  }

  private static boolean endsWithColon(Sentence s) {
    return s.text().stripTrailing().endsWith(":");
  }
}
