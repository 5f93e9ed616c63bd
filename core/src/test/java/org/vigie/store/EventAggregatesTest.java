package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;
import org.vigie.testing.TestStories;

/** One wire story taken up by 30 sites, aggregated as GDELT 2.0 does. */
class EventAggregatesTest {

  @TempDir static Path dir;
  private static Store store;
  private static final int SITES = 30;

  @BeforeAll
  static void thirtySitesPublishTheSameWireStory() {
    store = Store.open(dir.resolve("v.duckdb"));
    for (int site = 1; site <= SITES; site++) {
      TestStories.store(store, TestStories.published("palmyre.txt", site, "2015-10-07"));
    }
    TestStories.store(store, TestStories.published("coree.txt", 1, "2015-10-08"));
    Stories.assign(store);
  }

  /** Events per key in one copy of the story. */
  private static Map<String, Long> keysOfOneCopy() throws Exception {
    Map<String, Long> out = new HashMap<>();
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT e.day, e.source_code, e.target_code, e.code, count(*) FROM events e"
            + " JOIN documents d USING (doc_key) WHERE d.url LIKE '%site1.example/monde/palmyre%' GROUP BY ALL")) {
      while (r.next()) {
        out.put(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4), r.getLong(5));
      }
    }
    return out;
  }

  private static List<EventAggregates.Row> palmyre(List<EventAggregates.Row> rows) {
    return rows.stream().filter(r -> r.firstUrl().contains("palmyre")).toList();
  }

  @Test
  void thirtyCopiesOfAStoryAreOneEventWithThirtyMentions() throws Exception {
    Map<String, Long> perCopy = keysOfOneCopy();
    assertFalse(perCopy.isEmpty(), "the story codes events");
    List<EventAggregates.Row> rows = palmyre(EventAggregates.list(store, EventFilter.ALL));
    assertEquals(perCopy.keySet(), rows.stream().map(EventAggregates.Row::key).collect(java.util.stream.Collectors.toSet()));
    for (EventAggregates.Row row : rows) {
      assertEquals(SITES * perCopy.get(row.key()), row.numMentions(), row.toString());
      assertEquals(SITES, row.numArticles(), row.toString());
      assertEquals(SITES, row.numSources(), row.toString());
      assertEquals(1, row.numStories(), row.toString());
      assertTrue(!row.firstSeen().isAfter(row.lastSeen()), row.toString());
    }
  }

  @Test
  void theEventOfTheLeadIsARootEventAndTheFirstArticleGivesTheUrl() {
    List<EventAggregates.Row> rows = palmyre(EventAggregates.list(store, EventFilter.ALL));
    EventAggregates.Row strike = rows.stream().filter(r -> r.sourceCode().equals("RUSMIL")).findFirst()
        .orElseThrow(() -> new AssertionError("no RUSMIL event in " + rows));
    assertTrue(strike.isRoot(), "'l'armée russe a bombardé' is in the lead: " + strike);
    assertTrue(rows.stream().anyMatch(r -> !r.isRoot()), "later paragraphs code events too: " + rows);
    assertTrue(strike.firstUrl().startsWith("https://www.site"), strike.firstUrl());
    assertEquals("SYR", strike.locationCountry(), strike.toString());
  }

  @Test
  void theIdIsTheFirstFifteenHexDigitsOfTheKeysMd5() throws Exception {
    for (EventAggregates.Row row : EventAggregates.list(store, EventFilter.ALL)) {
      byte[] md5 = MessageDigest.getInstance("MD5").digest(row.key().getBytes(StandardCharsets.UTF_8));
      long expected = new BigInteger(1, md5).shiftRight(128 - 60).longValueExact();
      assertEquals(expected, row.id(), row.key());
    }
  }

  @Test
  void filtersApplyBeforeGroupingAndTheViewHoldsTheSameRows() throws Exception {
    List<EventAggregates.Row> all = EventAggregates.list(store, EventFilter.ALL);
    List<EventAggregates.Row> russian = EventAggregates.list(store,
        EventFilter.parse(null, null, "RUS", null, null, null, null, null, null, null));
    assertFalse(russian.isEmpty());
    assertTrue(russian.size() < all.size());
    assertTrue(russian.stream().allMatch(r -> r.sourceCode().startsWith("RUS")));
    List<EventAggregates.Row> later = EventAggregates.list(store, EventFilter.parse("2015-10-08", null, null, null,
        null, null, null, null, null, null));
    assertTrue(later.size() < all.size());
    assertTrue(later.stream().allMatch(r -> !r.day().isBefore(java.time.LocalDate.of(2015, 10, 8))), later.toString());

    List<EventAggregates.Row> fromView = new ArrayList<>();
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM " + EventAggregates.VIEW
            + " ORDER BY day NULLS LAST, source_code, target_code, code")) {
      while (r.next()) {
        fromView.add(EventAggregates.row(r));
      }
    }
    assertEquals(all, fromView);
  }

  @Test
  void withoutAnUrlTheCreditedAgencyIsTheSource() throws Exception {
    Path file = dir.resolve("nourl.duckdb");
    try (Store local = Store.open(file)) {
      for (int site = 0; site < 2; site++) {
        Article a = TestStories.published("coree.txt", site, "2015-10-08");
        TestStories.store(local, new Article(a.id(), null, null, a.date(), a.lang(), a.text(), a.origin()));
      }
      Stories.assign(local);
      List<EventAggregates.Row> rows = EventAggregates.list(local, EventFilter.ALL);
      assertFalse(rows.isEmpty());
      for (EventAggregates.Row row : rows) {
        assertEquals(2, row.numArticles(), row.toString());
        assertEquals(1, row.numSources(), "both credit AFP: " + row);
        assertEquals(1, row.numStories(), row.toString());
      }
    }
  }
}
