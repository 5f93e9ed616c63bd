package org.vigie.coding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.dictionary.DataFile;
import org.vigie.dictionary.DataLine;
import org.vigie.nlp.Folding;

/**
 * The verb and noun patterns of one language (see docs/dictionaries.md), indexed by trigger
 * lemma, with the modality words (negation, intent). Immutable and thread-safe.
 */
public final class PatternDictionary {

  /** Words that, right before {@code $}, introduce the target rather than being required. */
  private static final Set<String> PREPOSITIONS = Set.of("a", "avec", "contre", "envers", "vers",
      "de", "d", "pour", "sur", "entre", "chez", "par", "en", "dans", "face", "to", "with",
      "against", "on", "at", "from", "for", "into", "toward", "towards", "of", "by", "in");

  private final Map<String, List<EventPattern>> verbs = new HashMap<>();
  private final Map<String, List<EventPattern>> nouns = new HashMap<>();
  private final Set<String> negations = new HashSet<>();
  private final Set<String> intents = new HashSet<>();

  private PatternDictionary() {}

  public static PatternDictionary bundled(String lang, CameoCodes codes) {
    String dir = "/org/vigie/dictionaries/" + lang + "/";
    return build(codes, DataFile.resource(dir + "verbs.txt"), DataFile.resource(dir + "nouns.txt"),
        DataFile.resource(dir + "modality.tsv"));
  }

  public static PatternDictionary fromDirectory(Path dir, CameoCodes codes) {
    return build(codes, optional(dir.resolve("verbs.txt")), optional(dir.resolve("nouns.txt")),
        optional(dir.resolve("modality.tsv")));
  }

  private static List<DataLine> optional(Path file) {
    return Files.exists(file) ? DataFile.file(file) : List.of();
  }

  private static PatternDictionary build(CameoCodes codes, List<DataLine> verbLines,
      List<DataLine> nounLines, List<DataLine> modality) {
    PatternDictionary d = new PatternDictionary();
    verbLines.forEach(l -> d.add(d.verbs, parse(l, false, codes)));
    nounLines.forEach(l -> d.add(d.nouns, parse(l, true, codes)));
    for (DataLine line : modality) {
      String kind = line.required(1, "kind");
      String lemma = Folding.fold(line.required(0, "lemma"));
      switch (kind) {
        case "negation" -> d.negations.add(lemma);
        case "intent" -> d.intents.add(lemma);
        default -> throw line.error("unknown modality '" + kind + "', expected negation or intent");
      }
    }
    return d;
  }

  /**
   * A dictionary from patterns made elsewhere (an importer of another format), optionally on top
   * of {@code base}'s patterns and modality words.
   */
  public static PatternDictionary of(PatternDictionary base, List<EventPattern> patterns,
      Set<String> negations, Set<String> intents) {
    PatternDictionary d = new PatternDictionary();
    if (base != null) {
      base.verbs.values().forEach(list -> list.forEach(p -> d.add(d.verbs, p)));
      base.nouns.values().forEach(list -> list.forEach(p -> d.add(d.nouns, p)));
      d.negations.addAll(base.negations);
      d.intents.addAll(base.intents);
    }
    for (EventPattern p : patterns) {
      d.add(p.noun() ? d.nouns : d.verbs, p);
    }
    negations.forEach(n -> d.negations.add(Folding.fold(n)));
    intents.forEach(n -> d.intents.add(Folding.fold(n)));
    return d;
  }

  /** Only the modality words (negation, intent) of this dictionary, without its patterns. */
  public PatternDictionary modalityOnly() {
    PatternDictionary d = new PatternDictionary();
    d.negations.addAll(negations);
    d.intents.addAll(intents);
    return d;
  }

  private void add(Map<String, List<EventPattern>> index, EventPattern p) {
    index.computeIfAbsent(p.trigger(), k -> new ArrayList<>()).add(p);
  }

  /** Parses one pattern line: {@code CODE<TAB>trigger word... [prep] $}. */
  static EventPattern parse(DataLine line, boolean noun, CameoCodes codes) {
    String code = line.required(0, "code");
    if (!codes.exists(code)) {
      throw line.error("unknown CAMEO code " + code);
    }
    String text = line.required(1, "pattern");
    List<String> items = new ArrayList<>(List.of(text.split("\\s+")));
    boolean reflexive = false;
    while (!items.isEmpty() && (items.get(0).equals("se") || items.get(0).equals("s'"))) {
      reflexive = true;
      items.remove(0);
    }
    if (items.isEmpty() || items.get(0).equals("$")) {
      throw line.error("a pattern needs a trigger word before '$'");
    }
    String trigger = Folding.fold(items.remove(0));
    boolean target = false;
    String preposition = null;
    List<Set<String>> words = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      if (item.equals("$")) {
        if (target) {
          throw line.error("more than one target slot '$'");
        }
        target = true;
        if (!words.isEmpty() && PREPOSITIONS.contains(Folding.fold(items.get(i - 1)))) {
          Set<String> last = words.remove(words.size() - 1);
          preposition = last.iterator().next();
        }
      } else if (item.equals("se") || item.equals("s'")) {
        reflexive = true;
      } else {
        Set<String> alternatives = new HashSet<>();
        for (String alt : item.split("\\|")) {
          alternatives.add(String.join(" ", Folding.pieces(alt)));
        }
        words.add(Set.copyOf(alternatives));
      }
    }
    return new EventPattern(code, trigger, noun, words, reflexive, target, preposition, text,
        line.file() + ":" + line.number());
  }

  public List<EventPattern> verbPatterns(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  public List<EventPattern> nounPatterns(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  /** Whether {@code lemma} can trigger any pattern: the cheap test before parsing. */
  public boolean isTrigger(String lemma) {
    return verbs.containsKey(lemma) || nouns.containsKey(lemma);
  }

  public boolean isNegation(String lemma) {
    return negations.contains(lemma);
  }

  public boolean isIntent(String lemma) {
    return intents.contains(lemma);
  }

  public int size() {
    return verbs.values().stream().mapToInt(List::size).sum()
        + nouns.values().stream().mapToInt(List::size).sum();
  }
}
