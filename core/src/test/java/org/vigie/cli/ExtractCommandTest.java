package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigie extract} on a folder (a gzipped page among them) and {@code vigie eval extraction}. */
class ExtractCommandTest {

  private static final String PAGE = """
      <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
      <title>Le Niger rouvre sa frontière - Le Journal</title>
      <meta property="og:title" content="Le Niger rouvre sa frontière avec le Bénin">
      <link rel="canonical" href="https://www.exemple.fr/monde/niger-frontiere.html">
      <meta property="article:published_time" content="2026-02-04T08:00:00+01:00">
      <meta name="author" content="Claire Ndiaye"></head>
      <body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
      <article><h1>Le Niger rouvre sa frontière avec le Bénin</h1>
      <p class="byline">Par Claire Ndiaye</p>
      <p>Les camions ont de nouveau franchi le pont de Malanville mercredi, après un accord signé à Niamey.</p>
      <p>Il est 7 heures à Malanville, et la file de camions s'étire déjà sur près de trois kilomètres.</p>
      </article><footer>© Le Journal</footer></body></html>
      """;

  record Run(int exit, String out, String err) {}

  static Run vigie(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void printsOneJsonObjectPerPageOfAFolder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a-niger.html"), PAGE);
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("b-niger-copie.htm.gz")))) {
      gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("notes.txt"), "not a page");
    Run run = vigie("extract", dir.toString());
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> pages = lines(run.out());
    assertEquals(2, pages.size(), run.out());
    assertEquals("a-niger", pages.get(0).get("id").asText());
    assertEquals("b-niger-copie", pages.get(1).get("id").asText());
    for (JsonNode p : pages) {
      assertEquals("https://www.exemple.fr/monde/niger-frontiere.html", p.get("url").asText());
      assertEquals("Le Niger rouvre sa frontière avec le Bénin", p.get("title").asText());
      assertEquals("2026-02-04", p.get("date").asText());
      assertEquals("Claire Ndiaye", p.get("author").asText());
      assertEquals("fr", p.get("lang").asText());
      assertEquals("Les camions ont de nouveau franchi le pont de Malanville mercredi, après un accord signé à Niamey.\n"
          + "Il est 7 heures à Malanville, et la file de camions s'étire déjà sur près de trois kilomètres.",
          p.get("text").asText());
    }
  }

  @Test
  void aMissingFileIsNamedAndTheRestGoesOn(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("page.html"), PAGE);
    Run run = vigie("extract", dir.resolve("absent.html").toString(), dir.resolve("page.html").toString());
    assertEquals(1, run.exit());
    assertEquals(1, lines(run.out()).size());
    assertTrue(run.err().contains("absent.html: cannot read"), run.err());
  }

  @Test
  void evalExtractionPrintsPrecisionRecallAndF1PerLanguage(@TempDir Path dir) throws IOException {
    Path expected = dir.resolve("expected.jsonl");
    Path predicted = dir.resolve("predicted.jsonl");
    Files.writeString(expected, """
        {"id": "p1", "lang": "fr", "text": "un deux trois quatre cinq six"}
        {"id": "p2", "lang": "en", "text": "one two three four five six"}
        """);
    Files.writeString(predicted, """
        {"id": "p1", "text": "un deux trois quatre cinq six"}
        {"id": "p2", "text": "one two three four five six seven eight"}
        """);
    Run run = vigie("eval", "extraction", expected.toString(), predicted.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("fr   pages   1  precision 1.000  recall 1.000  F1 1.000"), run.out());
    assertTrue(run.out().contains("en   pages   1  precision 0.600  recall 1.000  F1 0.750"), run.out());
    assertTrue(run.err().contains("p2"), run.err());
  }

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> pages = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        pages.add(new ObjectMapper().readTree(line));
      }
    }
    return pages;
  }
}
