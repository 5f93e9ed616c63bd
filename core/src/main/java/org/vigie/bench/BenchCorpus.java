package org.vigie.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.vigie.model.Article;

/**
 * A deterministic corpus (French or English) of news-like articles of about {@code tokens} words, mixing
 * event sentences and background sentences in about the proportion of real articles.
 */
public final class BenchCorpus {

  private static final Map<String, String[]> DAYS = Map.of(
      "fr", new String[] {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
      "en", new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"});

  private final List<String> events = new ArrayList<>();
  private final List<String> background = new ArrayList<>();
  private final List<String> actors;

  private final String lang;

  /** @param lang {@code fr} or {@code en} */
  public BenchCorpus(String lang) {
    if (!DAYS.containsKey(lang)) {
      throw new IllegalArgumentException("no benchmark corpus for language " + lang);
    }
    this.lang = lang;
    for (String line : lines("templates-" + lang + ".txt")) {
      String[] p = line.split("\t", 2);
      (p[0].equals("event") ? events : background).add(p[1]);
    }
    actors = lines("actors-" + lang + ".txt");
  }

  private static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        BenchCorpus.class.getResourceAsStream("/org/vigie/bench/" + name), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** {@code n} articles of about {@code tokens} words each, the same for the same seed. */
  public List<Article> generate(int n, int tokens, long seed) {
    Random random = new Random(seed);
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder();
      int words = 0;
      int sentences = 0;
      while (words < tokens) {
        boolean event = random.nextInt(10) < 3;
        String s = fill(event ? pick(events, random) : pick(background, random), random);
        text.append(s).append(++sentences % 3 == 0 ? "\n" : " ");
        words += s.split("\\s+").length;
      }
      LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3000));
      out.add(new Article("bench-" + lang + "-" + i, null, null, date, lang, text.toString().strip(), "bench-" + i));
    }
    return out;
  }

  private String fill(String template, Random random) {
    String a = pick(actors, random);
    String b = pick(actors, random);
    while (b.equals(a)) {
      b = pick(actors, random);
    }
    String s = template.replace("{A}", a).replace("{B}", b).replace("{DAY}", DAYS.get(lang)[random.nextInt(7)]);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String pick(List<String> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }
}
