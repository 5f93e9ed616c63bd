package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.testing.TestStories;

class StoriesTest {

  @TempDir Path dir;

  private static String storyOf(Store store, String key) throws SQLException {
    try (PreparedStatement s = store.connection().prepareStatement("SELECT story_id, simhash FROM documents WHERE doc_key = ?")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        r.getLong(2);
        assertNotEquals(true, r.wasNull(), "fingerprinted");
        return r.getString(1);
      }
    }
  }

  /** The key that must name a story: the earliest member's, by date then key. */
  private static String earliest(List<String[]> keyAndDate) {
    return keyAndDate.stream().min(Comparator.<String[], String>comparing(k -> k[1]).thenComparing(k -> k[0]))
        .orElseThrow()[0];
  }

  @Test
  void theSameWireStoryFromThreeOutletsIsOneStoryAndOtherStoriesStayApart() throws Exception {
    try (Store store = Store.open(dir.resolve("v.duckdb"))) {
      List<String[]> palmyre = new ArrayList<>();
      for (int site = 1; site <= 3; site++) {
        String date = site == 3 ? "2015-10-08" : "2015-10-07";
        palmyre.add(new String[] {TestStories.store(store, TestStories.published("palmyre.txt", site, date)), date});
      }
      String rewritten = TestStories.store(store, TestStories.published("palmyre-rewritten.txt", 4, "2015-10-09"));
      String frontiere = TestStories.store(store, TestStories.published("frontiere.txt", 1, "2015-10-07"));
      String coree = TestStories.store(store, TestStories.published("coree.txt", 2, "2015-10-07"));

      Stories.Summary summary = Stories.assign(store);

      assertEquals(6, summary.documents());
      assertEquals(6, summary.fingerprinted());
      assertEquals(3, summary.stories(), summary.toString());
      String story = earliest(palmyre);
      for (String[] doc : palmyre) {
        assertEquals(story, storyOf(store, doc[0]));
      }
      assertEquals(story, storyOf(store, rewritten), "a lightly rewritten copy joins the story");
      assertEquals(frontiere, storyOf(store, frontiere), "same topic, other story: a story of its own");
      assertEquals(coree, storyOf(store, coree));
    }
  }

  @Test
  void newDocumentsJoinExistingStoriesAndTheResultDoesNotDependOnTheOrder() throws Exception {
    Path once = dir.resolve("once.duckdb");
    Path stepwise = dir.resolve("stepwise.duckdb");
    try (Store a = Store.open(once); Store b = Store.open(stepwise)) {
      List<String> keys = new ArrayList<>();
      String[][] docs = {{"palmyre.txt", "5", "2015-10-08"}, {"frontiere.txt", "6", "2015-10-07"},
          {"palmyre.txt", "7", "2015-10-09"}, {"palmyre-rewritten.txt", "8", "2015-10-06"}};
      for (String[] d : docs) {
        keys.add(TestStories.store(a, TestStories.published(d[0], Integer.parseInt(d[1]), d[2])));
        TestStories.store(b, TestStories.published(d[0], Integer.parseInt(d[1]), d[2]));
        Stories.Summary step = Stories.assign(b);
        assertEquals(1, step.compared(), "only the new document is placed: " + step);
      }
      Stories.assign(a);
      for (String key : keys) {
        assertEquals(storyOf(a, key), storyOf(b, key), key);
      }
      // The rewritten copy is dated before the others: the story takes its key, everywhere.
      assertEquals(keys.get(3), storyOf(b, keys.get(0)));
      assertEquals(keys.get(3), storyOf(b, keys.get(2)));
      assertEquals(keys.get(1), storyOf(b, keys.get(1)));
      Stories.Summary again = Stories.assign(b);
      assertEquals(0, again.changed(), "a second run changes nothing");
      assertEquals(2, Stories.rebuild(b).stories());
      assertEquals(keys.get(3), storyOf(b, keys.get(0)));
    }
  }

  @Test
  void theSameTextWeeksLaterIsAnotherStory() throws Exception {
    try (Store store = Store.open(dir.resolve("v.duckdb"))) {
      String first = TestStories.store(store, TestStories.published("palmyre.txt", 1, "2015-10-07"));
      String later = TestStories.store(store, TestStories.published("palmyre.txt", 2, "2015-10-21"));
      Stories.assign(store);
      assertNotNull(storyOf(store, later));
      assertEquals(first, storyOf(store, first));
      assertEquals(later, storyOf(store, later), "outside the " + Stories.WINDOW_DAYS + "-day window");
    }
  }
}
