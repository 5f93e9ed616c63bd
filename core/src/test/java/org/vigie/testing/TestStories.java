package org.vigie.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.vigie.model.Article;
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

  /**
   * The story as site number {@code site} publishes it: a teaser before, share buttons and an
   * agency credit after (all removed by the clean stage), at {@code https://www.site<n>.example/}.
   */
  public static Article published(String name, int site, String date) {
    String raw = "Lire aussi : les autres nouvelles du site " + site + "\n" + text(name)
        + "Partager sur Facebook\nAvec AFP\n";
    String url = "https://www.site" + site + ".example/monde/" + name.replace(".txt", "") + "-" + site + ".html";
    return new Article(name + "@" + site, url, "Titre du site " + site, LocalDate.parse(date), "fr", raw,
        "site" + site);
  }

  /** Codes {@code article} with the pipeline and writes it; returns its store key. */
  public static String store(Store store, Article article) {
    DocumentResult result = Fixtures.pipeline().process(article);
    return new DocumentWriter(store).write(result);
  }
}
