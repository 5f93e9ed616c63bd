package org.vigie.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.vigie.model.Article;
import org.vigie.store.DocumentWriter;
import org.vigie.store.Store;
import org.vigie.store.TextIndex;
import org.vigie.testing.Fixtures;

/**
 * A small store (and its full-text index) made once per test run by the real pipeline from a few
 * articles, one of which carries HTML and script in its title and text (it must show as text
 * everywhere).
 */
final class TestStore {

  /** The article whose title and text hold markup. */
  static final String HOSTILE_ID = "hostile";
  static final String HOSTILE_TITLE = "<script>alert('title')</script> La France <img src=x onerror=alert(2)>";
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "<img src=x onerror=alert(1)>";
  static final String LINK = "<a href=\"javascript:alert(3)\">cliquez ici</a>";

  static final List<Article> ARTICLES = List.of(
      article("syrie", "https://example.org/fr/syrie", "L'armée russe frappe en Syrie", "2015-10-01", "fr",
          "Mercredi, l'armée russe a bombardé l'Etat islamique en Syrie.\n"
              + "La Turquie a accusé la Syrie de bombarder ses villes frontalières."),
      article(HOSTILE_ID, "https://example.org/fr/hostile", HOSTILE_TITLE, "2015-10-08", "fr",
          "La France a condamné la Russie. " + SCRIPT + "\n"
              + "Un lecteur a écrit " + IMG + " puis " + LINK + " dans le forum.\n"
              + "L'Allemagne a critiqué l'Iran."),
      article("japon", "https://example.org/fr/japon", "Le Japon et la Corée du Nord", "2016-03-02", "fr",
          "Le Japon a condamné la Corée du Nord.\nLa Chine a appelé au dialogue avec la Corée du Sud."),
      article("turkey", "https://example.org/en/turkey", "Turkey and Syria", "2016-03-03", "en",
          "Turkey accused Syria of shelling its border towns.\nRussia met with Iran in Tehran on Tuesday."));

  private static Path file;

  private TestStore() {}

  /** The store file, built on first use. */
  static synchronized Path file() {
    if (file == null) {
      try {
        Path dir = Files.createTempDirectory("vigie-api-test");
        Path f = dir.resolve("test.duckdb");
        try (Store store = Store.open(f)) {
          DocumentWriter writer = new DocumentWriter(store);
          for (Article a : ARTICLES) {
            writer.write(Fixtures.pipeline().process(a));
          }
          TextIndex.openForWriting(store).close(); // indexes what the store holds
        }
        file = f;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }

  private static Article article(String id, String url, String title, String date, String lang, String text) {
    return new Article(id, url, title, LocalDate.parse(date), lang, text, id + ".jsonl:1");
  }
}
