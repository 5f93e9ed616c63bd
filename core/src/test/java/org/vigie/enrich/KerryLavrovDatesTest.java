package org.vigie.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.model.DateMention;
import org.vigie.testing.Fixtures;

/**
 * The example article of {@code ../shared/examples}: the resolver finds exactly the dates of its
 * expected analysis. The article repeats most paragraphs, as scraped; they are read once, as the
 * cleaning stage will.
 */
class KerryLavrovDatesTest {

  private static final Path EXAMPLES = Fixtures.shared("examples");

  @Test
  void findsExactlyTheExpectedDates() throws IOException {
    JsonNode expected =
        new ObjectMapper().readTree(EXAMPLES.resolve("kerry-lavrov.fr.expected.json").toFile());
    LocalDate date = LocalDate.parse(expected.get("date").asText());
    String text =
        String.join("\n", distinctParagraphs(EXAMPLES.resolve(expected.get("document").asText())));

    List<String> found = new ArrayList<>();
    int index = 0;
    int offset = 0;
    for (String paragraph : text.split("\n")) {
      for (DateMention m : DateAssertions.RESOLVER.find(paragraph, index, offset, date, "fr")) {
        assertEquals(m.text(), text.substring(m.span().start(), m.span().end()), "span of " + m);
        found.add(m.text() + " = " + m.value());
      }
      index++;
      offset += paragraph.length() + 1;
    }

    List<String> wanted = new ArrayList<>();
    for (JsonNode d : expected.get("dates")) {
      wanted.add(d.get("text").asText() + " = " + d.get("value").asText());
    }
    assertEquals(sorted(wanted), sorted(found));
  }

  private static Set<String> distinctParagraphs(Path article) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (String line : Files.readAllLines(article, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }
}
