package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.ingest.WarcBytes;

/**
 * A user's corpus from end to end with the packaged jar: a folder mixing an HTML page, a JSONL
 * file, an RSS feed and a WARC archive is ingested into a fresh store, searched, and exported in
 * the four formats.
 */
class CorpusIT {

  private static Path dir;
  private static Path folder;
  private static Path db;
  private static CliIT.Run ingest;

  @BeforeAll
  static void ingestAMixedFolder() throws Exception {
    dir = Files.createTempDirectory("vigie-corpus-it");
    folder = Files.createDirectories(dir.resolve("corpus"));
    db = dir.resolve("store/vigie.duckdb");
    Files.writeString(folder.resolve("page.html"), page("https://www.exemple-quotidien.fr/monde/ankara-damas",
        "La Turquie accuse la Syrie",
        "La Turquie a accusé mercredi la Syrie d'avoir bombardé des villages frontaliers.",
        "Le ministre turc des Affaires étrangères a convoqué l'ambassadeur syrien à Ankara."));
    Files.writeString(folder.resolve("depeches.jsonl"), String.join("\n",
        "{\"id\": \"j1\", \"url\": \"https://agence.example/j1\", \"date\": \"2015-10-01\", \"lang\": \"fr\","
            + " \"text\": \"La France a condamné la Russie après les frappes en Syrie.\"}",
        "{\"id\": \"j2\", \"url\": \"https://agence.example/j2\", \"date\": \"2015-10-02\", \"lang\": \"en\","
            + " \"text\": \"Germany criticized Iran on Friday over its missile tests.\"}",
        ""));
    Files.writeString(folder.resolve("flux.rss"), rss());
    Files.write(folder.resolve("archive.warc.gz"), WarcBytes.gzipEach(WarcBytes.page(
        "https://www.journal-regional.example/2015/10/01/japon",
        page("https://www.journal-regional.example/2015/10/01/japon", "Tokyo condamne Pyongyang",
            "Le Japon a condamné jeudi la Corée du Nord après un nouveau tir de missile.",
            "Le gouvernement japonais a demandé une réunion du Conseil de sécurité."))));
    ingest = CliIT.vigie("ingest", "--quiet", "--date", "2015-10-01", "--db", db.toString(), folder.toString());
  }

  @AfterAll
  static void removeTheCorpusAndStore() throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void everyFormatGoesIn() throws Exception {
    assertEquals(0, ingest.exit(), ingest.err());
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), readOnly);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT origin, status FROM documents ORDER BY origin")) {
      Set<String> kinds = new HashSet<>();
      int links = 0;
      while (r.next()) {
        String origin = r.getString(1);
        kinds.add(origin.replaceAll(".*\\.(html|jsonl|rss|warc\\.gz).*", "$1"));
        links += r.getString(2).equals("link") ? 1 : 0;
      }
      assertEquals(Set.of("html", "jsonl", "rss", "warc.gz"), kinds);
      assertEquals(1, links, "the feed item without content is kept as a link");
    }
  }

  @Test
  void searchFindsTheWarcPageByAWordOfItsText() throws Exception {
    CliIT.Run run = CliIT.vigie("search", "--db", db.toString(), "--format", "jsonl", "missile");
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> lines = run.events();
    assertTrue(lines.stream().anyMatch(l -> l.path("type").asText().equals("document")
        && l.path("url").asText().contains("journal-regional")), run.out());
  }

  @Test
  void exportsInTheFourFormats() throws Exception {
    CliIT.Run jsonl = CliIT.vigie("export", "--db", db.toString(), "--format", "jsonl");
    assertEquals(0, jsonl.exit(), jsonl.err());
    List<JsonNode> events = jsonl.events();
    assertTrue(events.size() >= 4, jsonl.out());
    Set<String> codes = new HashSet<>();
    events.forEach(e -> codes.add(e.get("source").get("code").asText() + ">" + e.get("target").get("code").asText()));
    assertTrue(codes.containsAll(List.of("TUR>SYR", "FRA>RUS", "DEU>IRN", "JPN>PRK")), codes.toString());

    CliIT.Run csv = CliIT.vigie("export", "--db", db.toString(), "--format", "csv");
    assertEquals(0, csv.exit(), csv.err());
    assertTrue(csv.out().lines().findFirst().orElse("").contains("event_id"), csv.out());

    CliIT.Run gdelt = CliIT.vigie("export", "--db", db.toString(), "--format", "gdelt");
    assertEquals(0, gdelt.exit(), gdelt.err());
    String first = gdelt.out().lines().findFirst().orElseThrow();
    assertEquals(61, first.split("\t", -1).length, first);

    Path parquet = db.resolveSibling("events.parquet");
    CliIT.Run pq = CliIT.vigie("export", "--db", db.toString(), "--format", "parquet", "--output", parquet.toString());
    assertEquals(0, pq.exit(), pq.err());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet('" + parquet.toAbsolutePath() + "')")) {
      r.next();
      assertEquals(events.size(), r.getInt(1));
    }
  }

  @Test
  void aSecondIngestChangesNothing() throws Exception {
    CliIT.Run again = CliIT.vigie("ingest", "--date", "2015-10-01", "--db", db.toString(), folder.toString());
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.err().contains("0 documents stored"), again.err());
  }

  private static String page(String url, String title, String... paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      body.append("<p>").append(p).append("</p>\n");
    }
    return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
        + "<link rel=\"canonical\" href=\"" + url + "\">"
        + "<meta property=\"article:published_time\" content=\"2015-10-01T09:00:00+02:00\"></head><body>"
        + "<nav><a href=\"/\">Accueil</a> <a href=\"/monde\">Monde</a> <a href=\"/sport\">Sport</a></nav>"
        + "<article><h1>" + title + "</h1>" + body + "</article>"
        + "<aside class=\"related\"><h2>À lire aussi</h2><a href=\"/x\">La Chine a critiqué le Japon</a></aside>"
        + "<footer>Mentions légales</footer></body></html>";
  }

  private static String rss() {
    String article = "<p>L'Allemagne a critiqué l'Iran mardi pour ses essais de missiles balistiques.</p>"
        + "<p>Berlin a demandé à Téhéran de respecter ses engagements internationaux.</p>";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
        + "<title>Flux</title><link>https://flux.example/</link>"
        + "<item><title>Berlin critique Téhéran</title><link>https://flux.example/berlin-teheran</link>"
        + "<guid>flux-1</guid><pubDate>Thu, 01 Oct 2015 08:00:00 GMT</pubDate>"
        + "<content:encoded><![CDATA[" + article + "]]></content:encoded></item>"
        + "<item><title>Lien seul</title><link>https://flux.example/lien</link>"
        + "<description>Un court résumé.</description></item>"
        + "</channel></rss>\n";
  }
}
