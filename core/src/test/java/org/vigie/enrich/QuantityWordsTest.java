package org.vigie.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.dictionary.DictionaryException;

class QuantityWordsTest {

  @TempDir Path dir;

  private QuantityWords read(String content) throws IOException {
    Path file = dir.resolve("quantities-xx.tsv");
    Files.writeString(file, content);
    return QuantityWords.file("xx", file);
  }

  private void assertBadLine(String content, String message) {
    DictionaryException e = assertThrows(DictionaryException.class, () -> read(content));
    assertEquals(message, e.getMessage());
  }

  @Test
  void bundledListsLoad() {
    assertEquals(',', QuantityWords.bundled("fr").decimal());
    assertEquals('.', QuantityWords.bundled("en").decimal());
    assertEquals(
        "deaths", QuantityWords.bundled("fr").value(QuantityKind.COUNTED, Tokens.fold("tués")));
  }

  @Test
  void malformedLinesAreReportedWithFileAndLine() {
    String decimal = "setting\tdecimal\t,\n";
    assertBadLine(
        decimal + "counted\tdogs\tchiens\n",
        "quantities-xx.tsv:2: unknown kind of quantity 'dogs'");
    assertBadLine(
        decimal + "qualifier\tbeaucoup\tplein de\n",
        "quantities-xx.tsv:2: qualifier value must be one of about | at least | less than | more"
            + " than | nearly | up to, got 'beaucoup'");
    assertBadLine(
        decimal + "number\tdeux\tdeux\n",
        "quantities-xx.tsv:2: number value must be a positive number, got 'deux'");
    assertBadLine(
        "setting\tdecimal\t;\n", "quantities-xx.tsv:1: decimal must be one of , | ., got ';'");
    assertBadLine("number\t2\tdeux\n", "quantities-xx.tsv: no decimal setting");
  }
}
