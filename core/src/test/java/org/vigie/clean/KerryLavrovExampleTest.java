package org.vigie.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.CleanArticle;
import org.vigie.model.CleaningReport;
import org.vigie.testing.Fixtures;

/**
 * The shared worked example: a scraped article whose paragraphs 2-8 appear twice and which ends
 * with a related-video link and a Sputnik credit. Read from the project's sibling {@code shared}
 * folder, as every stage's tests do, and checked against the "cleaning" block of its expected
 * analysis.
 */
class KerryLavrovExampleTest {

  private static final Path EXAMPLES = Fixtures.shared("examples");

  private static CleanArticle clean;
  private static JsonNode expected;

  @BeforeAll
  static void cleanTheExample() throws IOException {
    Path text = EXAMPLES.resolve("kerry-lavrov.fr.txt");
    assertTrue(
        Files.isRegularFile(text),
        "the shared examples are expected at " + EXAMPLES.toAbsolutePath().normalize());
    Article article =
        new Article(
            "kerry-lavrov.fr",
            null,
            null,
            LocalDate.of(2015, 10, 1),
            "fr",
            Files.readString(text),
            text.toString());
    clean = TextCleaner.withDefaultRules().clean(article);
    expected =
        new ObjectMapper()
            .readTree(EXAMPLES.resolve("kerry-lavrov.fr.expected.json").toFile())
            .get("cleaning");
  }

  @Test
  void countsMatchTheExpectedAnalysis() {
    CleaningReport report = clean.report();
    assertEquals(expected.get("paragraphs_in_input").asInt(), report.paragraphsIn());
    assertEquals(expected.get("duplicate_paragraphs").asInt(), report.duplicateParagraphs());
    assertEquals(expected.get("paragraphs_kept").asInt(), report.paragraphsKept());
    assertEquals(17, report.paragraphsIn());
    assertEquals(7, report.duplicateParagraphs());
    assertEquals(8, report.paragraphsKept());
  }

  @Test
  void boilerplateIsTheVideoLinkAndTheCredit() {
    List<String> lines = new ArrayList<>();
    expected.get("boilerplate").forEach(line -> lines.add(line.asText()));
    assertEquals(
        List.of("Vidéo. Guerre diplomatique : Lavrov humilie Kerry", "Avec fr.sputniknews"), lines);
    assertEquals(lines, clean.report().boilerplate());
  }

  @Test
  void creditedSourceIsSputnik() {
    assertEquals(expected.get("credited_source").asText(), clean.report().creditedSource());
    assertEquals("Sputnik", clean.report().creditedSource());
  }

  @Test
  void cleanedTextHasEachParagraphOnceAndNoVideoTitle() {
    String text = clean.text();
    assertTrue(text.startsWith("Les chefs de la diplomatie russe et américaine ont discuté"));
    assertTrue(text.endsWith("appartenant à l'EI."));
    assertEquals(
        text.indexOf("intervient militairement"), text.lastIndexOf("intervient militairement"));
    assertFalse(text.contains("humilie"));
    assertEquals(8, clean.paragraphs().size());
    assertEquals(text.length(), clean.paragraphs().get(7).end());
  }
}
