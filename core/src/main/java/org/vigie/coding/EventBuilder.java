package org.vigie.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.vigie.model.ActorMention;
import org.vigie.model.DateMention;
import org.vigie.model.Event;
import org.vigie.model.Evidence;
import org.vigie.model.ResolvedDocument;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/**
 * Completes a matched event: scores, date, evidence and a stable id. The location is left to the
 * places stage ({@link org.vigie.places.EventPlaces}), which knows cities as well as countries.
 */
final class EventBuilder {

  private final CameoCodes codes;
  EventBuilder(CameoCodes codes) {
    this.codes = codes;
  }

  String intentCode(String code) {
    return codes.intentOf(code).orElse(code);
  }

  Event build(ResolvedDocument doc, Sentence s, Match m, String code, ActorMention source, ActorMention target) {
    String docId = doc.document().article().id();
    DateMention date = dateOf(doc, s, m.trigger());
    Evidence evidence = evidence(s, m);
    String id = eventId(docId, s.index(), evidence.start(), code, source.actor().code(), target.actor().code());
    return new Event(docId, id, s.index(), s.text(), date == null ? null : date.value(),
        date == null ? null : date.precision(), code, CameoCodes.quadClass(code), codes.goldstein(code),
        source.actor(), source.text(), target.actor(), target.text(),
        null, evidence, doc.document().lang(),
        codes.plover(code).orElse(null), source.span(), target.span());
  }

  /** What makes two events the same within a document. */
  static String identity(Event e) {
    return e.code() + "|" + e.source().code() + "|" + e.target().code() + "|" + e.date();
  }

  /** The date attached to the trigger in its sentence, else the article date. */
  private static DateMention dateOf(ResolvedDocument doc, Sentence s, Token trigger) {
    for (DateMention d : doc.dates()) {
      if (d.sentence() != s.index()) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (t.start() >= d.span().start() && t.end() <= d.span().end()
            && t.index() != trigger.index() && s.dominates(trigger.index(), t.index())) {
          return d;
        }
      }
    }
    LocalDate article = doc.document().article().article().date();
    return article == null ? null
        : new DateMention(s.index(), s.span(), "", article.toString(), DateMention.Precision.DAY);
  }

  private static Evidence evidence(Sentence s, Match m) {
    List<Token> tokens = new ArrayList<>();
    tokens.add(m.trigger());
    tokens.addAll(m.words());
    int start = tokens.stream().mapToInt(Token::start).min().getAsInt();
    int end = tokens.stream().mapToInt(Token::end).max().getAsInt();
    StringBuilder words = new StringBuilder();
    for (Token t : tokens) {
      words.append(words.length() == 0 ? "" : " ").append(t.word());
    }
    return new Evidence(words.toString(), m.pattern().text(), start, end);
  }

  static String eventId(String docId, int sentence, int offset, String code, String source, String target) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String key = docId + "\n" + sentence + "\n" + offset + "\n" + code + "\n" + source + "\n" + target;
      return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
