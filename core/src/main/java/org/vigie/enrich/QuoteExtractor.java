package org.vigie.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigie.model.Actor;
import org.vigie.model.ActorMention;
import org.vigie.model.Quote;
import org.vigie.model.ResolvedDocument;
import org.vigie.model.Span;

/**
 * Finds the direct quotes of a document and who said them: words in « », “ ” or straight double
 * quotes, a quote broken by "Et" or run over several paragraphs read as one, and the speaker from
 * the words of saying around it ({@code a fait savoir John Kerry}, {@code a-t-il dit}, {@code selon
 * X}, {@code X said}, {@code according to X}). Quotes of fewer than four words are scare quotes («
 * historique ») and are left out.
 *
 * <p>Immutable and thread-safe: build one with its word lists and share it.
 */
public final class QuoteExtractor {

  /** Quoted words fewer than this are a scare quote or a title, not a quote. */
  static final int MIN_WORDS = 4;

  private final Map<String, SpeechWords> byLang;

  /** An extractor for the languages of {@code words}; one list per language. */
  public QuoteExtractor(List<SpeechWords> words) {
    Map<String, SpeechWords> map = new HashMap<>();
    for (SpeechWords w : words) {
      if (map.putIfAbsent(w.lang(), w) != null) {
        throw new IllegalArgumentException("two speech word lists for language " + w.lang());
      }
    }
    this.byLang = Map.copyOf(map);
  }

  /** An extractor with the word lists shipped with Vigie (French and English). Reads them now. */
  public static QuoteExtractor bundled() {
    return new QuoteExtractor(List.of(SpeechWords.bundled("fr"), SpeechWords.bundled("en")));
  }

  /** The languages this extractor reads. */
  public Set<String> languages() {
    return byLang.keySet();
  }

  /**
   * The quotes of {@code doc} in text order. A language without a word list still gives its quotes,
   * without speakers.
   */
  public List<Quote> find(ResolvedDocument doc) {
    Objects.requireNonNull(doc, "doc");
    DocumentIndex index = new DocumentIndex(doc);
    SpeechWords words = byLang.get(doc.document().lang());
    List<QuoteMarks.Quoted> quoted =
        joinBroken(index, words, QuoteMarks.find(index.text(), index.paragraphs()));
    SpeakerFinder speakers = words == null ? null : new SpeakerFinder(index, words);
    List<Quote> out = new ArrayList<>();
    for (int i = 0; i < quoted.size(); i++) {
      QuoteMarks.Quoted q = quoted.get(i);
      String text = text(index.text(), q);
      if (wordCount(text) < MIN_WORDS) {
        continue;
      }
      int notBefore = i > 0 ? quoted.get(i - 1).close() + 1 : 0;
      int notAfter = i + 1 < quoted.size() ? quoted.get(i + 1).open() : index.text().length();
      SpeakerFinder.Found speaker = speakers == null ? null : speakers.find(q, notBefore, notAfter);
      Quote quote = quote(index, q, text, speaker);
      if (speaker == null && !out.isEmpty()) {
        quote = sameSpeakerAs(out.get(out.size() - 1), quote, index);
      }
      out.add(quote);
    }
    return List.copyOf(out);
  }

  private static Quote quote(
      DocumentIndex index, QuoteMarks.Quoted q, String text, SpeakerFinder.Found speaker) {
    List<Span> parts = q.parts();
    Span span = new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
    int sentence = Math.max(0, index.sentenceAt(span.start()));
    if (speaker == null) {
      return new Quote(span, text, null, null, null, sentence);
    }
    ActorMention m = speaker.mention();
    Actor actor = m == null ? null : TitledNames.person(m, index.mentions());
    Span where = speaker.span();
    String written = index.text().substring(where.start(), where.end());
    return new Quote(span, text, where, written, actor, sentence);
  }

  /**
   * A quote with no speaker of its own, in the paragraph of the previous quote, is by the same
   * speaker: the press gives the speaker once for several quotes in a row.
   */
  private static Quote sameSpeakerAs(Quote previous, Quote quote, DocumentIndex index) {
    if (previous.speakerSpan() == null
        || paragraphOf(index, previous.span().start())
            != paragraphOf(index, quote.span().start())) {
      return quote;
    }
    return new Quote(
        quote.span(),
        quote.text(),
        previous.speakerSpan(),
        previous.speakerText(),
        previous.speaker(),
        quote.sentence());
  }

  /**
   * Quotes broken by the writer ({@code "...". Et "...", a dit X}): two quotes of one paragraph
   * with only punctuation and a connector between them are one, provided a sentence ends or a
   * connector stands between them; a comma alone separates two quotes.
   */
  private static List<QuoteMarks.Quoted> joinBroken(
      DocumentIndex index, SpeechWords words, List<QuoteMarks.Quoted> quoted) {
    List<QuoteMarks.Quoted> out = new ArrayList<>();
    for (QuoteMarks.Quoted q : quoted) {
      int last = out.size() - 1;
      if (last >= 0 && isBreak(index, words, out.get(last).close() + 1, q.open())) {
        out.set(last, out.get(last).joinedWith(q));
      } else {
        out.add(q);
      }
    }
    return out;
  }

  private static boolean isBreak(DocumentIndex index, SpeechWords words, int from, int to) {
    String gap = index.text().substring(from, to);
    if (gap.indexOf('\n') >= 0) {
      return false;
    }
    Tokens pieces = Tokens.of(gap);
    boolean marked = false;
    for (int k = 0; k < pieces.size(); k++) {
      String w = pieces.word(k);
      boolean connector = words != null && words.has(SpeechKind.CONNECTOR, w);
      if (Character.isLetterOrDigit(w.charAt(0)) && !connector) {
        return false;
      }
      marked |= connector || w.equals(".") || w.equals("!") || w.equals("?") || w.equals("…");
    }
    return marked;
  }

  /** The quoted words, parts joined by a space. */
  private static String text(String text, QuoteMarks.Quoted q) {
    StringBuilder out = new StringBuilder();
    for (Span p : q.parts()) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(text, p.start(), p.end());
    }
    return out.toString();
  }

  private static int wordCount(String text) {
    Tokens pieces = Tokens.of(text);
    int words = 0;
    for (int k = 0; k < pieces.size(); k++) {
      if (Character.isLetterOrDigit(pieces.word(k).charAt(0)) && !pieces.touchesPrevious(k)) {
        words++;
      }
    }
    return words;
  }

  private static int paragraphOf(DocumentIndex index, int offset) {
    List<Span> paragraphs = index.paragraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      if (offset < paragraphs.get(p).end()) {
        return p;
      }
    }
    return paragraphs.size() - 1;
  }
}
