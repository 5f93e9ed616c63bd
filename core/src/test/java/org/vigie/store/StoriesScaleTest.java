package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories over a synthetic corpus with planted near-duplicates (copies with 3 of 120 words
 * changed, one in three also cut by a quarter): no story may mix two planted groups, and at most
 * one copy in ten may be left out of its group. The size is {@code -Dvigie.stories.scale}
 * (default 3000 documents); the time taken is printed, never asserted.
 */
class StoriesScaleTest {

  @TempDir Path dir;

  private static final int WORDS = 120;

  @Test
  void plantedCopiesAreFoundAndNothingElseMerges() throws Exception {
    int size = Integer.getInteger("vigie.stories.scale", 3000);
    Random random = new Random(42);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      vocabulary.add(Integer.toString(i * 7919 % 100_003, 36) + "x");
    }
    // Stories of 1 to 4 copies; each copy changes 3 words of the original and may lose its end.
    Map<String, Integer> groupOf = new HashMap<>();
    List<Object[]> rows = new ArrayList<>();
    int group = 0;
    while (rows.size() < size) {
      List<String> original = new ArrayList<>();
      for (int w = 0; w < WORDS; w++) {
        original.add(vocabulary.get(random.nextInt(vocabulary.size())));
      }
      LocalDate day = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(365));
      int copies = 1 + random.nextInt(4);
      for (int c = 0; c < copies && rows.size() < size; c++) {
        List<String> copy = new ArrayList<>(original);
        for (int k = 0; c > 0 && k < 3; k++) {
          copy.set(random.nextInt(WORDS), vocabulary.get(random.nextInt(vocabulary.size())));
        }
        if (c == 2) {
          copy = copy.subList(0, WORDS * 3 / 4);
        }
        String key = String.format("doc%07d", rows.size());
        groupOf.put(key, group);
        rows.add(new Object[] {key, day.plusDays(c), String.join(" ", copy)});
      }
      group++;
    }
    Collections.shuffle(rows, random);
    try (Store store = Store.open(dir.resolve("v.duckdb"))) {
      insert(store, rows);
      long start = System.nanoTime();
      Stories.Summary summary = Stories.assign(store);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("Stories.assign: %d documents, %d stories in %.2f s (%.0f documents/s)%n",
          summary.documents(), summary.stories(), seconds, summary.documents() / seconds);
      Map<String, Integer> groupOfStory = new HashMap<>();
      try (Statement s = store.connection().createStatement();
          ResultSet r = s.executeQuery("SELECT doc_key, story_id FROM documents")) {
        while (r.next()) {
          Integer previous = groupOfStory.putIfAbsent(r.getString(2), groupOf.get(r.getString(1)));
          if (previous != null) {
            assertEquals(previous, groupOf.get(r.getString(1)), "a story mixes two planted groups: " + r.getString(1));
          }
        }
      }
      // No story mixes groups, so every story beyond one per group is a copy left out of its group.
      int copies = summary.documents() - group;
      int missed = summary.stories() - group;
      System.out.printf("planted copies: %d, left out: %d (%.1f%%)%n", copies, missed, 100.0 * missed / copies);
      assertTrue(missed <= copies / 10, missed + " of " + copies + " copies left out of their story");
    }
  }

  private static void insert(Store store, List<Object[]> rows) throws SQLException {
    store.connection().setAutoCommit(false);
    for (int from = 0; from < rows.size(); from += 500) {
      List<Object[]> batch = rows.subList(from, Math.min(rows.size(), from + 500));
      String values = String.join(", ", Collections.nCopies(batch.size(),
          "(?, ?, ?, 'coded', ?, 0, 1, 1, 0, '[]', current_timestamp)"));
      try (PreparedStatement s = store.connection().prepareStatement("INSERT INTO documents (doc_key, doc_id, date,"
          + " status, text, raw_chars, paragraphs_in, paragraphs_kept, duplicate_paragraphs, boilerplate, ingested_at)"
          + " VALUES " + values)) {
        int p = 1;
        for (Object[] row : batch) {
          s.setString(p++, (String) row[0]);
          s.setString(p++, (String) row[0]);
          s.setObject(p++, row[1]);
          s.setString(p++, (String) row[2]);
        }
        s.executeUpdate();
      }
    }
    store.connection().commit();
    store.connection().setAutoCommit(true);
  }
}
