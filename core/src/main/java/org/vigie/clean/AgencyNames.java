package org.vigie.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The agencies and outlets an article may credit, each under its usual name with the other ways it
 * is written ({@code fr.sputniknews}, {@code sputniknews.com} → {@code Sputnik}). Read from {@code
 * agencies.tsv}; immutable.
 */
final class AgencyNames {

  /** Several agencies in one credit: "AFP et Reuters", "AP/AFP", "Sources : AFP, Reuters". */
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s*(?:[,;/&+]|\\bet\\b|\\band\\b)\\s*", Pattern.CASE_INSENSITIVE);

  private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

  /** An unknown name longer than this is more likely the end of a sentence than a credit. */
  private static final int MAX_UNKNOWN_WORDS = 4;

  private final Map<String, String> byAlias;

  private AgencyNames(Map<String, String> byAlias) {
    this.byAlias = Map.copyOf(byAlias);
  }

  /** Reads {@code NAME <TAB> ALIASES} lines; an alias given to two names is an error. */
  static AgencyNames parse(List<RuleLine> lines) {
    Map<String, String> byAlias = new HashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (RuleLine line : lines) {
      line.atMost(2);
      String name = line.required(0, "name");
      List<String> aliases = new ArrayList<>(List.of(name));
      if (line.columns().size() > 1) {
        for (String alias : line.columns().get(1).split("\\|")) {
          if (alias.isBlank()) {
            throw line.error("empty alias in \"" + line.columns().get(1) + "\"");
          }
          aliases.add(alias.strip());
        }
      }
      for (String alias : aliases) {
        String key = fold(alias);
        String previous = byAlias.putIfAbsent(key, name);
        if (previous != null && !previous.equals(name)) {
          throw line.error(
              "alias \"%s\" already names %s (line %d)"
                  .formatted(alias, previous, lineOf.get(key)));
        }
        lineOf.putIfAbsent(key, line.number());
      }
    }
    return new AgencyNames(byAlias);
  }

  /** The usual name of an agency written {@code written}, if the table knows it. */
  Optional<String> known(String written) {
    return Optional.ofNullable(byAlias.get(fold(written)));
  }

  int size() {
    return (int) byAlias.values().stream().distinct().count();
  }

  /**
   * The credited source for the agency part of a credit line, or empty when it does not look like
   * one. Several agencies are reported in order, joined by {@code ", "}. Names the table does not
   * know are kept as written when {@code knownOnly} is false and they look like a name (a capital
   * or a digit first, at most four words) or a domain; otherwise the credit is refused.
   */
  Optional<String> credit(String written, boolean knownOnly) {
    Set<String> names = new LinkedHashSet<>();
    for (String part : SEPARATOR.split(written.strip())) {
      if (part.isBlank()) {
        continue;
      }
      Optional<String> name = known(part);
      if (name.isEmpty() && (knownOnly || !looksLikeName(part))) {
        return Optional.empty();
      }
      names.add(name.orElse(part.strip()));
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
  }

  private static boolean looksLikeName(String part) {
    String s = part.strip();
    if (DOMAIN.matcher(s).matches()) {
      return true;
    }
    int first = s.codePointAt(0);
    boolean capitalised = Character.isUpperCase(first) || Character.isDigit(first);
    return capitalised && s.split("\\s+").length <= MAX_UNKNOWN_WORDS;
  }

  /** Case, accents, hyphens, repeated spaces and a final full stop do not tell names apart. */
  static String fold(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-‐‑–_]+", " ").strip();
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }
}
