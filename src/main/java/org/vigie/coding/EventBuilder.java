package org.vigie.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.vigie.actors.ActorDictionaries;
import org.vigie.actors.Country;
import org.vigie.model.ActorMention;
import org.vigie.model.DateMention;
import org.vigie.model.Event;
import org.vigie.model.Evidence;
import org.vigie.model.Location;
import org.vigie.model.ResolvedDocument;
import org.vigie.model.Sentence;
import org.vigie.model.Token;
import org.vigie.nlp.Folding;

/** Completes a matched event: scores, date, location, evidence and a stable id. */
final class EventBuilder {

  private static final Set<String> PLACE_PREPOSITIONS = Set.of("en", "a", "dans", "in", "at");

  private final CameoCodes codes;
  private final ActorDictionaries actors;

  EventBuilder(CameoCodes codes, ActorDictionaries actors) {
    this.codes = codes;
    this.actors = actors;
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
        location(doc, s, m.trigger(), source, target), evidence, doc.document().lang(),
        codes.plover(code).orElse(null));
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

  /** A country or capital introduced by en/à/dans in the trigger's clause ("en Syrie"). */
  private Location location(ResolvedDocument doc, Sentence s, Token trigger, ActorMention source, ActorMention target) {
    for (ActorMention m : doc.mentionsIn(s.index())) {
      if (m == source || m == target || m.actor().country() == null || !s.dominates(trigger.index(), m.first())) {
        continue;
      }
      boolean place = m.kind() == ActorMention.Kind.PLACE || m.actor().code().equals(m.actor().country());
      if (place && introducedByPlacePreposition(s, m.first())) {
        Country c = actors.country(m.actor().country()).orElse(null);
        if (c != null) {
          String name = m.kind() == ActorMention.Kind.PLACE ? m.text() : c.name();
          return new Location(name, c.code(), c.lat(), c.lon());
        }
      }
    }
    return null;
  }

  private static boolean introducedByPlacePreposition(Sentence s, int token) {
    for (Token c : s.children(token)) {
      if (c.relation().equals("case") && PLACE_PREPOSITIONS.contains(Folding.fold(c.word()))) {
        return true;
      }
    }
    return false;
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
