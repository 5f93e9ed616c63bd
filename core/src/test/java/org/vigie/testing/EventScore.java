package org.vigie.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.model.Event;

/**
 * Scores coded events against an expected-analysis file by the rules of
 * ../shared/tools/score_events.py: events match on the CAMEO root and on actor-code prefixes
 * ({@code ---} any country, a trailing {@code $} exact), symmetric expectations match either way,
 * forbidden roots and unexpected events count against precision, same-country events may be
 * allowed.
 */
public final class EventScore {

  public int required;
  public int requiredFound;
  public int bonus;
  public int bonusFound;
  public int matched;
  public int unexpected;
  public int forbidden;
  public int duplicates;
  public int datesExpected;
  public int datesRight;
  public int placesExpected;
  public int placesRight;
  public final List<String> lines = new ArrayList<>();

  public double recall() {
    return required == 0 ? 1.0 : (double) requiredFound / required;
  }

  public double precision() {
    return matched + unexpected == 0 ? 0.0 : (double) matched / (matched + unexpected);
  }

  /** Adds one document's expectations and its coded events to the score. */
  public void add(JsonNode gold, List<Event> events) {
    String doc = gold.path("document").asText();
    Set<String> seen = new HashSet<>();
    for (Event e : events) {
      if (!seen.add(e.code() + "|" + e.source().code() + "|" + e.target().code() + "|" + norm(e.sentence()))) {
        duplicates++;
      }
    }
    for (JsonNode g : gold.path("events")) {
      List<Event> hits = events.stream().filter(e -> matches(e, g)).toList();
      boolean req = g.path("required").asBoolean(true);
      if (req) {
        required++;
        requiredFound += hits.isEmpty() ? 0 : 1;
      } else {
        bonus++;
        bonusFound += hits.isEmpty() ? 0 : 1;
      }
      if (!hits.isEmpty() && g.has("date")) {
        datesExpected++;
        datesRight += hits.stream().anyMatch(e -> e.date() != null && e.date().startsWith(g.get("date").asText())) ? 1 : 0;
      }
      if (!hits.isEmpty() && g.has("location_country")) {
        placesExpected++;
        placesRight += hits.stream().anyMatch(e -> e.location() != null
            && g.get("location_country").asText().equals(e.location().country())) ? 1 : 0;
      }
      lines.add(doc + " " + g.path("id").asText() + ": " + (hits.isEmpty() ? (req ? "MISSED" : "missed bonus") : "found"));
    }
    for (Event e : events) {
      boolean ok = false;
      for (JsonNode g : gold.path("events")) {
        ok |= matches(e, g);
      }
      if (ok) {
        matched++;
      } else if (forbiddenRoot(gold, e)) {
        forbidden++;
        unexpected++;
        lines.add(doc + " FORBIDDEN " + describe(e));
      } else if (!(allowsSameCountry(gold) && sameCountry(e))) {
        unexpected++;
        lines.add(doc + " unexpected " + describe(e));
      }
    }
  }

  private static String describe(Event e) {
    return e.code() + " " + e.source().code() + "->" + e.target().code() + ": " + e.sentence();
  }

  static boolean matches(Event e, JsonNode g) {
    if (!contains(g.path("roots"), e.root())) {
      return false;
    }
    String s = e.source().code();
    String t = e.target().code();
    boolean ok = actorMatches(s, g.path("source")) && actorMatches(t, g.path("target"));
    if (!ok && g.path("symmetric").asBoolean(false)) {
      ok = actorMatches(t, g.path("source")) && actorMatches(s, g.path("target"));
    }
    if (ok && g.has("sentence_contains")) {
      ok = norm(e.sentence()).contains(norm(g.get("sentence_contains").asText()));
    }
    return ok;
  }

  static boolean actorMatches(String code, JsonNode patterns) {
    for (JsonNode p : patterns) {
      String pattern = p.asText().toUpperCase(Locale.ROOT);
      if (pattern.endsWith("$")) {
        if (code.equals(pattern.substring(0, pattern.length() - 1))) {
          return true;
        }
      } else if (pattern.startsWith("---")) {
        String role = pattern.substring(3);
        if ((code.length() >= 3 && code.substring(3).startsWith(role)) || code.startsWith(role)) {
          return true;
        }
      } else if (code.startsWith(pattern)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode n : array) {
      if (n.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean forbiddenRoot(JsonNode gold, Event e) {
    for (JsonNode f : gold.path("forbidden")) {
      if (contains(f.path("roots"), e.root())) {
        return true;
      }
    }
    return false;
  }

  private static boolean allowsSameCountry(JsonNode gold) {
    for (JsonNode a : gold.path("allowed")) {
      if (a.path("same_country").asBoolean(false)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameCountry(Event e) {
    String s = e.source().code();
    String t = e.target().code();
    return s.length() >= 3 && t.length() >= 3 && s.substring(0, 3).equals(t.substring(0, 3));
  }

  static String norm(String s) {
    String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replace('’', '\'').replace('«', '"').replace('»', '"').replace('\u00a0', ' ');
    return String.join(" ", n.trim().split("\\s+"));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "required %d/%d, precision %.2f (matched %d, unexpected %d, forbidden %d, duplicates %d, bonus %d/%d, dates %d/%d, places %d/%d)",
        requiredFound, required, precision(), matched, unexpected, forbidden, duplicates, bonusFound, bonus,
        datesRight, datesExpected, placesRight, placesExpected);
  }
}
