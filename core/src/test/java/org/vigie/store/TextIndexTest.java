package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextIndexTest {

  @TempDir Path dir;
  private Store store;
  private TextIndex index;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("vigie.duckdb"));
    index = TextIndex.openForWriting(store);
  }

  @AfterEach
  void close() {
    index.close();
    store.close();
  }

  private List<String> keys(String query) {
    return index.search(query, 20).stream().map(TextIndex.Hit::docKey).toList();
  }

  @Test
  void livesInAFolderBesideTheStoreFile() {
    assertEquals(dir.resolve("vigie.duckdb.index"), index.folder());
    assertTrue(Files.isDirectory(index.folder()));
  }

  @Test
  void aStopWordOfOneLanguageIsNotRequiredInTheOther() {
    index.add("fr", null, "Le Japon a condamné la Corée du Nord.", null, "fr");
    index.add("en", null, "The talks of the day were held in Seoul.", null, "en");
    assertEquals(List.of("fr"), keys("Corée du Nord"));
    assertEquals(List.of("en"), keys("seoul"));
    assertEquals(List.of("en"), keys("talks"));
    assertEquals(List.of("en"), keys("the talks"));
  }

  @Test
  void frenchWordsMatchTheirOtherFormsWithOrWithoutAccents() {
    index.add("a", "Frappes sur Alep", "L'aviation russe a bombardé des positions rebelles à Alep.",
        LocalDate.of(2015, 10, 1), "fr");
    index.add("b", "Sommet", "Le président s'est exprimé à l'Élysée sur les négociations.", LocalDate.of(2015, 10, 2),
        "fr");
    assertEquals(List.of("a"), keys("bombardements"));
    assertEquals(List.of("a"), keys("BOMBARDER alep"));
    assertEquals(List.of("b"), keys("elysee"));
    assertEquals(List.of("b"), keys("négociation"));
    assertEquals(List.of("b"), keys("negociations president"));
    assertEquals(List.of(), keys("bombardements Élysée"), "all words must match");
    assertEquals(Set.of("a", "b"), new HashSet<>(keys("bombardements OR elysee")));
  }

  @Test
  void englishIsStemmedAsEnglish() {
    index.add("en1", "Strikes", "Russian jets bombed rebel positions near Aleppo.", LocalDate.of(2015, 10, 1), "en");
    assertEquals(List.of("en1"), keys("bombing Aleppo"));
    assertEquals(List.of("en1"), keys("position"));
    assertEquals(List.of(), keys("bombardement"));
  }

  @Test
  void fieldsOfTheSyntaxWork() {
    index.add("fr1", "Kerry rencontre Lavrov", "Le secrétaire d'Etat a rencontré son homologue.",
        LocalDate.of(2015, 9, 30), "fr");
    index.add("en1", "Kerry meets Lavrov", "The Secretary of State met his counterpart.", LocalDate.of(2016, 1, 5),
        "en");
    assertEquals(Set.of("fr1", "en1"), new HashSet<>(keys("title:kerry")));
    assertEquals(List.of("fr1"), keys("kerry lang:fr"));
    assertEquals(List.of("en1"), keys("lavrov AND date:[2016-01-01 TO 2016-12-31]"));
    assertEquals(List.of("fr1"), keys("\"secrétaire d'Etat\""));
    assertEquals(List.of(), keys("text:kerry"), "Kerry is only in the titles");
  }

  @Test
  void addingTheSameKeyAgainReplacesTheDocument() {
    index.add("a", null, "La Turquie a accusé la Syrie.", null, "fr");
    index.add("a", null, "Le Japon a condamné la Corée du Nord.", null, "fr");
    assertEquals(1, index.size());
    assertEquals(List.of(), keys("Turquie"));
    assertEquals(List.of("a"), keys("Japon"));
  }

  @Test
  void anEmptyQueryListsEverythingNewestFirst() {
    index.add("old", null, "La Turquie a accusé la Syrie.", LocalDate.of(2014, 1, 1), "fr");
    index.add("new", null, "Le Japon a condamné la Corée du Nord.", LocalDate.of(2016, 1, 1), "fr");
    index.add("undated", null, "L'Iran a critiqué l'Allemagne.", null, "fr");
    assertEquals(List.of("new", "old", "undated"), keys(""));
    assertEquals(List.of("new", "old", "undated"), keys("*"));
    assertEquals(0f, index.search("*", 1).get(0).score());
  }

  @Test
  void aBadQueryIsAnIllegalArgumentNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index.search("(frappes", 5));
    assertTrue(e.getMessage().startsWith("bad query '(frappes'"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> index.search("title:", 5));
  }

  @Test
  void snippetsArePlainTextAroundTheMatch() {
    String filler = "Le temps était doux et la mer calme ce jour-là sur la côte. ".repeat(20);
    String text = filler + "Des avions ont bombardé le centre d'Alep mercredi.\n\nLes secours   arrivent. " + filler;
    index.add("a", "T", text, null, "fr");
    String snippet = index.search("bombardements", 1).get(0).snippet();
    assertTrue(snippet.contains("bombardé le centre d'Alep"), snippet);
    assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
    assertTrue(snippet.length() <= Snippets.LENGTH + 2, snippet.length() + ": " + snippet);
    assertFalse(snippet.contains("\n") || snippet.contains("  "), snippet);
    String start = index.search("", 1).get(0).snippet();
    assertTrue(start.startsWith("Le temps était doux"), start);
  }

  @Test
  void aKeyFilterIsAppliedPageAfterPageUntilTheLimit() {
    for (int i = 0; i < 450; i++) {
      index.add("k" + i, null, "La France a condamné la Russie, communiqué numéro " + i + ".", null, "fr");
    }
    Set<String> offered = new HashSet<>();
    List<TextIndex.Hit> hits = index.search("condamnation", 5, candidates -> {
      offered.addAll(candidates);
      return candidates.stream().filter(k -> k.endsWith("7")).collect(Collectors.toSet());
    });
    assertEquals(5, hits.size());
    assertTrue(hits.stream().allMatch(h -> h.docKey().endsWith("7")));
    assertEquals(0, index.search("condamnation", 5, candidates -> Set.of()).size());
    assertTrue(offered.size() >= 100);
  }

  @Test
  void reconcileIndexesWhatTheStoreHasAndDropsTheRest() throws Exception {
    insertDocument("s1", "La Turquie a accusé la Syrie.", "coded");
    insertDocument("s2", "Le Japon a condamné la Corée du Nord.", "coded");
    insertDocument("l1", "", "link");
    index.add("gone", null, "Un document que le store n'a plus.", null, "fr");
    assertEquals(3, index.reconcile(store));
    assertEquals(Set.of("s1", "s2"), index.keys());
    assertEquals(List.of("s2"), keys("Japon"));
    assertEquals(0, index.reconcile(store), "nothing to do when the counts agree");
  }

  @Test
  void openingForWritingReconcilesAndReadersSeeCommits() throws Exception {
    insertDocument("s1", "La Turquie a accusé la Syrie.", "coded");
    index.close();
    index = TextIndex.openForWriting(store);
    assertEquals(Set.of("s1"), index.keys());
    try (TextIndex reader = TextIndex.openReadOnly(store.file())) {
      assertEquals(1, reader.size());
      index.add("s2", null, "Le Japon a condamné la Corée du Nord.", null, "fr");
      index.commit();
      assertEquals(2, reader.size(), "a reader sees the next commit");
      assertThrows(IllegalStateException.class, () -> reader.add("x", null, "x", null, "fr"));
    }
  }

  @Test
  void readOnlyNeedsAnIndex() {
    StoreException e = assertThrows(StoreException.class, () -> TextIndex.openReadOnly(dir.resolve("other.duckdb")));
    assertTrue(e.getMessage().contains("other.duckdb.index"), e.getMessage());
  }

  @Test
  void aSecondWriterIsRefusedWithAClearMessage() {
    StoreException e = assertThrows(StoreException.class, () -> TextIndex.openForWriting(store));
    assertTrue(e.getMessage().contains("another process"), e.getMessage());
  }

  private void insertDocument(String key, String text, String status) throws Exception {
    try (PreparedStatement s = store.connection().prepareStatement(
        "INSERT INTO documents (doc_key, doc_id, title, date, lang, status, text, raw_chars, paragraphs_in,"
            + " paragraphs_kept, duplicate_paragraphs, boilerplate, ingested_at)"
            + " VALUES (?, ?, NULL, DATE '2015-10-01', 'fr', ?, ?, 0, 0, 0, 0, '[]', current_timestamp)")) {
      s.setString(1, key);
      s.setString(2, key);
      s.setString(3, status);
      s.setString(4, text);
      s.executeUpdate();
    }
  }
}
