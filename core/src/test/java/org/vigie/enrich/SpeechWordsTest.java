package org.vigie.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.dictionary.DictionaryException;

class SpeechWordsTest {

  @TempDir Path dir;

  private SpeechWords read(String content) throws IOException {
    Path file = dir.resolve("speech-xx.tsv");
    Files.writeString(file, content);
    return SpeechWords.file("xx", file);
  }

  private void assertBadLine(String content, String message) {
    DictionaryException e = assertThrows(DictionaryException.class, () -> read(content));
    assertEquals(message, e.getMessage());
  }

  @Test
  void bundledListsLoad() {
    assertTrue(SpeechWords.bundled("fr").has(SpeechKind.VERB, "declare"));
    assertTrue(SpeechWords.bundled("en").has(SpeechKind.VERB, "said"));
  }

  @Test
  void missingListIsReported() {
    DictionaryException e =
        assertThrows(DictionaryException.class, () -> SpeechWords.bundled("zz"));
    assertEquals("/org/vigie/enrich/speech-zz.tsv: not found on the class path", e.getMessage());
  }

  @Test
  void formsAreFoldedAndCutLikeTheText() throws IOException {
    SpeechWords words = read("source\t-\tD’après\nverb\tfaire savoir\tfait savoir\n");
    Tokens text = Tokens.of("d'après lui, il a FAIT SAVOIR");
    assertEquals(3, words.match(SpeechKind.SOURCE, text, 0).end());
    assertEquals(9, words.match(SpeechKind.VERB, text, 7).end());
  }

  @Test
  void malformedLinesAreReportedWithFileAndLine() {
    assertBadLine(
        "# header\nverb\tdire\n",
        "speech-xx.tsv:2: expected 3 TAB-separated columns (kind, value, forms), got 2");
    assertBadLine("noun\t-\tchose\n", "speech-xx.tsv:1: unknown kind 'noun'");
    assertBadLine("filler\tx\tdonc\n", "speech-xx.tsv:1: filler value must be -, got 'x'");
    assertBadLine(
        "filler\t-\tdonc\nfiller\t-\tDonc\n",
        "speech-xx.tsv:2: 'Donc' is already a filler at line 1");
    assertBadLine("setting\tx\ty\n", "speech-xx.tsv:1: unknown setting 'x'");
  }

  @Test
  void oneLineMayListFormsThatFoldAlike() throws IOException {
    assertTrue(read("verb\tdéclarer\tdéclaré|déclare\n").has(SpeechKind.VERB, "declare"));
  }
}
