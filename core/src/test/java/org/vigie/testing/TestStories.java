package org.vigie.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vigie.model.Article;
import org.vigie.model.CleanArticle;
import org.vigie.pipeline.DocumentResult;
import org.vigie.store.DocumentWriter;
import org.vigie.store.Store;

/**
 * The test stories of {@code src/test/resources/org/vigie/stories} (see the README there), and
 * a way to store them as an outlet would publish them: its own URL and page furniture around the
 * story, coded by the real pipeline.
 */
public final class TestStories {

  private TestStories() {}

  /** The text of a test story ({@code palmyre.txt}...). */
  public static String text(String name) {
    try (InputStream in = TestStories.class.getResourceAsStream("/org/vigie/stories/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test story " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Page furniture around a story, one of three styles of site; the clean stage removes it all. */
  private static final String[][] FURNITURE = {
    {"Lire aussi : Moscou et Washington se disputent le ciel syrien\n", "Partager sur Facebook\nAvec AFP\n"},
    {"Vidéo. Les images de la journée\n", "Partager sur Facebook Partager sur Twitter\n(AFP)\n"},
    {"", "Partager\nTweeter\nAvec AFP\n"},
  };

  /** Pipeline results by input text and date: identical inputs are coded once per test run. */
  private static final Map<String, DocumentResult> CODED = new ConcurrentHashMap<>();

  /**
   * The story as site number {@code site} publishes it: its furniture (one of three styles) around
   * the text, at {@code https://www.site<n>.example/}. The id is the story's name, as a file name
   * would give it.
   */
  public static Article published(String name, int site, String date) {
    String[] furniture = FURNITURE[site % FURNITURE.length];
    String raw = furniture[0] + text(name) + furniture[1];
    String url = "https://www.site" + site + ".example/monde/" + name.replace(".txt", "") + "-" + site + ".html";
    return new Article(name.replace(".txt", ""), url, "Titre du site " + site, LocalDate.parse(date), "fr", raw,
        "site" + site);
  }

  /**
   * Codes {@code article} with the pipeline and writes it; returns its store key. The pipeline
   * runs once per distinct (id, text, date): a copy at another URL reuses the result with its own
   * article, which is what the pipeline would return for it.
   */
  public static String store(Store store, Article article) {
    String input = article.id() + "\u0000" + article.date() + "\u0000" + article.text();
    DocumentResult coded = CODED.computeIfAbsent(input, k -> Fixtures.pipeline().process(article));
    CleanArticle cleaned = coded.cleaned();
    DocumentResult result = new DocumentResult(
        new CleanArticle(article, cleaned.text(), cleaned.paragraphs(), cleaned.report()), coded.resolved(),
        coded.events(), coded.places(), coded.quotes(), coded.quantities(), coded.casualties());
    return new DocumentWriter(store).write(result);
  }
}
