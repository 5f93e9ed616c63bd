package org.vigie.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.vigie.dictionary.DataFile;
import org.vigie.dictionary.DataLine;

/**
 * What the class and id names of an element say about it, from the vocabulary of {@code
 * class-names.tsv} (format documented at the top of the file). Immutable and thread-safe.
 */
final class ClassNames {

  /** The kinds of words of the vocabulary. */
  enum Kind { CONTENT, STANDFIRST, FURNITURE, DROP, META }

  static final String RESOURCE = "/org/vigie/extract/class-names.tsv";

  /** The attributes whose values name an element's role (CSS-in-JS sites keep them readable). */
  static final List<String> NAMING_ATTRIBUTES =
      List.of("class", "id", "itemprop", "data-qa", "data-testid", "data-component", "data-module", "data-role");

  private final Map<String, Set<Kind>> words;
  private final List<Map.Entry<String, Kind>> prefixes;

  private ClassNames(Map<String, Set<Kind>> words, List<Map.Entry<String, Kind>> prefixes) {
    this.words = words;
    this.prefixes = prefixes;
  }

  static ClassNames bundled() {
    return load(DataFile.resource(RESOURCE));
  }

  static ClassNames load(List<DataLine> lines) {
    Map<String, Set<Kind>> words = new HashMap<>();
    List<Map.Entry<String, Kind>> prefixes = new ArrayList<>();
    for (DataLine line : lines) {
      Kind kind;
      try {
        kind = Kind.valueOf(line.required(0, "kind").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw line.error("unknown kind '" + line.optional(0) + "' (content, standfirst, furniture, drop, meta)");
      }
      List<String> values = line.values(1);
      if (values.isEmpty()) {
        throw line.error("no words after the kind");
      }
      for (String w : values) {
        String word = w.toLowerCase(Locale.ROOT);
        if (word.endsWith("*")) {
          prefixes.add(Map.entry(word.substring(0, word.length() - 1), kind));
        } else {
          // Words written with '-' (read-more) match the joined token sequence too.
          words.computeIfAbsent(word.replace("-", ""), k -> EnumSet.noneOf(Kind.class)).add(kind);
        }
      }
    }
    return new ClassNames(Map.copyOf(words), List.copyOf(prefixes));
  }

  /** The kinds an element's class, id and {@link #NAMING_ATTRIBUTES naming attributes} carry. */
  Set<Kind> of(Element e) {
    if (e.attributesSize() == 0) {
      return Set.of();
    }
    StringBuilder names = new StringBuilder();
    for (String attribute : NAMING_ATTRIBUTES) {
      names.append(' ').append(e.attr(attribute));
    }
    EnumSet<Kind> all = EnumSet.noneOf(Kind.class);
    for (String name : names.toString().split("\\s+")) {
      List<String> tokens = tokens(name);
      for (int i = 0; i < tokens.size(); i++) {
        all.addAll(kinds(tokens.get(i)));
        if (i + 1 < tokens.size()) {
          all.addAll(kinds(tokens.get(i) + tokens.get(i + 1)));
        }
      }
    }
    return all;
  }

  private EnumSet<Kind> kinds(String token) {
    EnumSet<Kind> out = EnumSet.noneOf(Kind.class);
    Set<Kind> exact = words.get(token);
    if (exact != null) {
      out.addAll(exact);
    }
    for (Map.Entry<String, Kind> p : prefixes) {
      if (token.startsWith(p.getKey())) {
        out.add(p.getValue());
      }
    }
    return out;
  }

  /** Lower-case tokens of one class name, cut at non-alphanumerics and camelCase boundaries. */
  static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(t, out);
        continue;
      }
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
        flush(t, out);
      }
      t.append(Character.toLowerCase(c));
    }
    flush(t, out);
    return out;
  }

  private static void flush(StringBuilder t, List<String> out) {
    if (t.length() > 0) {
      out.add(t.toString());
      t.setLength(0);
    }
  }
}
