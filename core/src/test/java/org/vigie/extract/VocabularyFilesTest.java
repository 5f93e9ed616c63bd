package org.vigie.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.vigie.dictionary.DataLine;
import org.vigie.dictionary.DictionaryException;

/** The class-name and furniture-line vocabularies: how names are read, and errors as file:line. */
class VocabularyFilesTest {

  private static final ClassNames NAMES = ClassNames.bundled();
  private static final FurnitureLines LINES = FurnitureLines.bundled();

  private static Element element(String html) {
    return Jsoup.parseBodyFragment(html).body().child(0);
  }

  @Test
  void classNamesAreCutIntoTokens() {
    assertEquals(List.of("article", "body", "text"), ClassNames.tokens("articleBody__text"));
    assertEquals(List.of("css", "1w9xmzq"), ClassNames.tokens("css-1w9xmzq"));
  }

  @Test
  void dropWordsWinOverContentWords() {
    assertTrue(NAMES.of(element("<div class=\"article-comments\"></div>")).contains(ClassNames.Kind.DROP));
    assertTrue(NAMES.of(element("<div id=\"js-paywall-content\"></div>")).contains(ClassNames.Kind.DROP));
    assertTrue(NAMES.of(element("<div class=\"mostRead\"></div>")).contains(ClassNames.Kind.DROP));
    assertTrue(NAMES.of(element("<div data-qa=\"article-body\"></div>")).contains(ClassNames.Kind.CONTENT));
    assertEquals(java.util.Set.of(), NAMES.of(element("<div class=\"headline\"></div>")));
  }

  @Test
  void furnitureLines() {
    assertEquals(FurnitureLines.Kind.LINE, LINES.match("Lire aussi : Au Sahel, la saison des pluies"));
    assertEquals(FurnitureLines.Kind.BYLINE, LINES.match("Par Marie Dupont, envoyée spéciale à Kiev"));
    assertEquals(FurnitureLines.Kind.BYLINE, LINES.match("By John Smith"));
    assertEquals(FurnitureLines.Kind.DATED, LINES.match("Publié le 17 mars 2026 à 18h42"));
    assertEquals(FurnitureLines.Kind.STOP, LINES.match("Il vous reste 68% de cet article à lire."));
    assertEquals(null, LINES.match("Par ailleurs, le ministre a rappelé que la France reste engagée."));
    assertEquals(null, LINES.match("PARIS (AFP) - La France a convoqué mardi l'ambassadeur d'Azerbaïdjan."));
    assertEquals(null, LINES.match("(Avec AFP)"));
  }

  @Test
  void malformedLinesAreReportedWithFileAndLine() {
    DictionaryException kind = assertThrows(DictionaryException.class,
        () -> ClassNames.load(List.of(new DataLine("class-names.tsv", 7, List.of("positive", "article")))));
    assertTrue(kind.getMessage().startsWith("class-names.tsv:7: unknown kind 'positive'"), kind.getMessage());
    DictionaryException regex = assertThrows(DictionaryException.class,
        () -> FurnitureLines.load(List.of(new DataLine("furniture-lines.tsv", 12, List.of("line", "(lire aussi")))));
    assertTrue(regex.getMessage().startsWith("furniture-lines.tsv:12: bad regular expression"), regex.getMessage());
  }
}
