package org.vigie.clean;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.dictionary.DataFile;
import org.vigie.dictionary.DataLine;

/**
 * Tells French from English by counting their most frequent function words (the list is the
 * resource {@code function-words.tsv}). Cheap and good enough on news paragraphs; texts with too
 * few words to tell default to French.
 */
public final class LanguageGuesser {

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private final Map<String, String> words = new HashMap<>();

  public LanguageGuesser() {
    for (DataLine line : DataFile.resource("/org/vigie/clean/function-words.tsv")) {
      String lang = line.required(0, "lang");
      for (String w : line.required(1, "words").split(" ")) {
        words.put(w, lang);
      }
    }
  }

  /** {@code fr} or {@code en}. */
  public String guess(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = WORD.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
    while (m.find()) {
      String lang = words.get(m.group().toLowerCase(java.util.Locale.ROOT));
      if (lang != null) {
        counts.merge(lang, 1, Integer::sum);
      }
    }
    return counts.getOrDefault("en", 0) > counts.getOrDefault("fr", 0) ? "en" : "fr";
  }

  public Set<String> languages() {
    return Set.copyOf(words.values());
  }
}
