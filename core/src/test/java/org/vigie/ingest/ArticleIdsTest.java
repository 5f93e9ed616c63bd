package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  @Test
  void fileNameLosesOnlyAFinalTxt() {
    assertEquals("kerry-lavrov.fr", ArticleIds.fromFileName(Path.of("in/kerry-lavrov.fr.txt")));
    assertEquals("DEPECHE", ArticleIds.fromFileName(Path.of("DEPECHE.TXT")));
    assertEquals("note.html", ArticleIds.fromFileName(Path.of("note.html")));
    assertEquals("sans-extension", ArticleIds.fromFileName(Path.of("sans-extension")));
    assertEquals(".txt", ArticleIds.fromFileName(Path.of(".txt")));
  }

  @Test
  void hashIdsAreStableAndShort() {
    // SHA-256("hello") = 2cf24dba5fb0a30e26e83b2ac5b9e29e...: the same on every machine
    assertEquals("text-2cf24dba5fb0a30e", ArticleIds.fromText("hello"));
    assertEquals("url-2cf24dba5fb0a30e", ArticleIds.fromUrl("hello"));
    assertNotEquals(ArticleIds.fromUrl("https://ex.fr/a"), ArticleIds.fromUrl("https://ex.fr/b"));
  }
}
