package org.vigie.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.vigie.model.Quantity;
import org.vigie.model.Quote;
import org.vigie.model.ResolvedDocument;
import org.vigie.testing.Fixtures;

/**
 * The example article of {@code ../shared/examples} through the real pipeline: exactly the quotes
 * and quantities of its expected analysis. The cleaner drops the repeated paragraphs, so each quote
 * is found once.
 */
class KerryLavrovQuotesAndQuantitiesTest {

  private static final Path EXAMPLES = Fixtures.shared("examples");

  private static JsonNode expected;
  private static ResolvedDocument doc;

  @BeforeAll
  static void processTheExample() throws IOException {
    expected =
        new ObjectMapper().readTree(EXAMPLES.resolve("kerry-lavrov.fr.expected.json").toFile());
    String name = expected.get("document").asText();
    Article article =
        new Article(
            "kerry-lavrov.fr",
            null,
            null,
            LocalDate.parse(expected.get("date").asText()),
            expected.get("lang").asText(),
            Files.readString(EXAMPLES.resolve(name)),
            name);
    doc = Fixtures.pipeline().process(article).resolved();
  }

  @Test
  void findsExactlyTheExpectedQuotes() {
    List<String> wanted = new ArrayList<>();
    for (JsonNode q : expected.get("quotes")) {
      wanted.add(q.get("speaker").asText() + ": " + q.get("starts").asText());
    }
    List<String> found = new ArrayList<>();
    String text = doc.document().article().text();
    for (Quote q : QuoteAssertions.EXTRACTOR.find(doc)) {
      assertEquals(q.text(), text.substring(q.span().start(), q.span().end()), "span of " + q);
      String start =
          wanted.stream()
              .map(w -> w.substring(w.indexOf(": ") + 2))
              .filter(q.text()::startsWith)
              .findFirst()
              .orElse(q.text());
      found.add((q.speaker() == null ? null : q.speaker().name()) + ": " + start);
    }
    assertEquals(wanted, found);
  }

  @Test
  void findsExactlyTheExpectedQuantities() {
    List<String> wanted = new ArrayList<>();
    for (JsonNode q : expected.get("quantities")) {
      wanted.add(
          q.get("value").asLong()
              + " "
              + q.get("kind").asText()
              + " "
              + q.get("qualifier").asText());
    }
    List<String> found = new ArrayList<>();
    String text = doc.document().article().text();
    for (Quantity q : QuantityAssertions.EXTRACTOR.find(doc)) {
      assertEquals(q.text(), text.substring(q.span().start(), q.span().end()), "span of " + q);
      found.add(q.value() + " " + q.kind() + " " + q.qualifier());
    }
    assertEquals(wanted, found);
  }
}
