package org.vigie.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.store.Store;

/** The search used when a store has no Lucene index: substring matching in SQL. */
class SqlDocumentSearchIT {

  private final SqlDocumentSearch search = new SqlDocumentSearch();

  @Test
  void findsArticlesByTextAndTitleWithASnippet() throws Exception {
    try (Store store = Store.openReadOnly(TestStore.file())) {
      Connection c = store.connection();
      List<DocumentSearch.Hit> hits = search.search(c, "corée du NORD", 10);
      assertEquals(1, hits.size(), hits.toString());
      assertTrue(hits.get(0).snippet().contains("Corée du Nord"), hits.get(0).snippet());
      assertTrue(search.search(c, "<img src=x", 10).size() == 1, "markup is searched as text");
      assertTrue(search.search(c, "%", 10).isEmpty(), "no LIKE wildcards: % is a character");
      DocumentSearch.Condition condition = search.eventCondition("Japon");
      try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT doc_id FROM events e WHERE " + condition.sql())) {
        for (int i = 0; i < condition.values().size(); i++) {
          s.setObject(i + 1, condition.values().get(i));
        }
        try (ResultSet r = s.executeQuery()) {
          assertTrue(r.next());
          assertEquals("japon", r.getString(1));
        }
      }
    }
  }

  @Test
  void snippetsCutOnWords() {
    String text = "mot ".repeat(100) + "cible " + "fin ".repeat(100);
    String snippet = SqlDocumentSearch.snippet(text, "cible");
    assertTrue(snippet.startsWith("…mot ") && snippet.endsWith("fin…") && snippet.contains("cible"), snippet);
  }
}
