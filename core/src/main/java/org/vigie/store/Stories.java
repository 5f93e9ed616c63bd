package org.vigie.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.clean.SimHash;

/**
 * Groups the documents that tell the same story (one wire story taken up by several outlets) under
 * one {@code documents.story_id}: the {@code doc_key} of the story's earliest member, by
 * publication date (undated last) then key.
 *
 * <p>Two coded documents are <em>alike</em> when their {@link SimHash} fingerprints differ in at
 * most {@value #MAX_DISTANCE} bits, their dates are at most {@value #WINDOW_DAYS} days apart (two
 * undated documents count as same-day; a dated one is never alike an undated one), and, checked
 * on the texts themselves, at least {@link #MIN_OVERLAP} of the smaller text's word shingles are in
 * the other (so a copy cut short still joins, and two stories whose fingerprints are close by
 * chance do not). A story is a connected group of alike documents (single linkage).
 *
 * <p>Close fingerprints are found without comparing all pairs: split into {@value #BANDS} bands
 * (thirteen of 4 bits, four of 3), two fingerprints at most {@value #MAX_DISTANCE} bits apart agree
 * exactly on at least one band (pigeonhole), so each document is indexed under (band, band value,
 * day) and compared only with the documents of the same keys over the window's days.
 *
 * <p>{@link #assign} is incremental: it fingerprints the documents that have no fingerprint,
 * keeps the stories already assigned, compares only the documents without a story against all the
 * others, and merges stories that a new document links. The result is the same as clustering all
 * documents at once, so it does not depend on the order of ingestion. Stories only grow; {@link
 * #rebuild} recomputes them from scratch (after documents were replaced, or these parameters
 * changed).
 */
public final class Stories {

  /** Most differing fingerprint bits between two alike documents. */
  public static final int MAX_DISTANCE = 16;

  /** Most days between the dates of two alike documents. */
  public static final int WINDOW_DAYS = 3;

  /** Least share of the smaller text's shingles found in the other text. */
  public static final double MIN_OVERLAP = 0.5;

  static final int BANDS = MAX_DISTANCE + 1;

  /** The 64 bits cut into {@link #BANDS} bands as even as can be: widths 4 and 3 for 17 bands. */
  private static final int[] BAND_WIDTH = new int[BANDS];

  private static final int[] BAND_START = new int[BANDS];

  static {
    for (int b = 0, start = 0; b < BANDS; b++) {
      BAND_WIDTH[b] = 64 / BANDS + (b < 64 % BANDS ? 1 : 0);
      BAND_START[b] = start;
      start += BAND_WIDTH[b];
    }
  }
  private static final int UNDATED = Integer.MIN_VALUE / 2;
  private static final int BATCH = 500;

  /**
   * What a run did.
   *
   * @param documents coded documents in the store
   * @param fingerprinted documents fingerprinted by this run
   * @param compared documents without a story that this run placed
   * @param changed documents whose story id was set or changed
   * @param stories distinct stories after the run
   */
  public record Summary(int documents, int fingerprinted, int compared, int changed, int stories) {}

  private Stories() {}

  /** Fingerprints and places the documents that lack it; see the class comment. */
  public static Summary assign(Store store) {
    return assign(store, false);
  }

  /** Forgets every story and clusters all documents again, in one transaction. */
  public static Summary rebuild(Store store) {
    return assign(store, true);
  }

  private static Summary assign(Store store, boolean rebuild) {
    Connection c = store.connection();
    try {
      c.setAutoCommit(false);
      try {
        if (rebuild) {
          try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE documents SET story_id = NULL WHERE story_id IS NOT NULL");
          }
        }
        Summary summary = run(c);
        c.commit();
        return summary;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw store.failure("assigning stories", e);
    }
  }

  private static Summary run(Connection c) throws SQLException {
    Map<String, Long> fresh = fingerprintMissing(c);
    Docs docs = Docs.load(c, fresh);
    UnionFind groups = new UnionFind(docs.size());
    Map<String, Integer> firstOfStory = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      if (docs.story[i] != null) {
        Integer first = firstOfStory.putIfAbsent(docs.story[i], i);
        if (first != null) {
          groups.union(first, i);
        }
      }
    }
    int compared = link(c, docs, groups);
    List<Integer> changed = new ArrayList<>();
    int stories = 0;
    for (int i = 0; i < docs.size(); i++) {
      int root = groups.find(i);
      stories += root == i ? 1 : 0;
      if (!docs.key[root].equals(docs.story[i]) || fresh.containsKey(docs.key[i])) {
        docs.story[i] = docs.key[root];
        changed.add(i);
      }
    }
    write(c, docs, changed);
    return new Summary(docs.size(), fresh.size(), compared, changed.size(), stories);
  }

  /** Fingerprints the coded documents without one; returns their keys and fingerprints. */
  private static Map<String, Long> fingerprintMissing(Connection c) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_key, text FROM documents WHERE status = 'coded' AND simhash IS NULL")) {
      while (r.next()) {
        out.put(r.getString(1), SimHash.of(r.getString(2)));
      }
    }
    return out;
  }

  /**
   * Compares each document without a story to the candidates of its bands, then checks the pairs
   * whose fingerprints are close on their texts, read in one scan; returns how many documents were
   * compared.
   */
  private static int link(Connection c, Docs docs, UnionFind groups) throws SQLException {
    BandIndex index = new BandIndex(docs);
    List<int[]> pairs = new ArrayList<>();
    int[] lastProbe = new int[docs.size()];
    Arrays.fill(lastProbe, -1);
    int compared = 0;
    for (int i = 0; i < docs.size(); i++) {
      if (docs.story[i] != null) {
        continue;
      }
      compared++;
      int doc = i;
      index.forCandidates(doc, j -> {
        boolean seen = lastProbe[j] == doc;
        lastProbe[j] = doc;
        // A pair of new documents is tried once, from its first member.
        if (j != doc && !seen && !(docs.story[j] == null && j < doc) && alike(docs, doc, j)) {
          pairs.add(new int[] {doc, j});
        }
      });
    }
    Map<Integer, long[]> shingles = shingles(c, docs, pairs);
    for (int[] pair : pairs) {
      if (groups.find(pair[0]) != groups.find(pair[1])
          && SimHash.overlap(shingles.get(pair[0]), shingles.get(pair[1])) >= MIN_OVERLAP) {
        groups.union(pair[0], pair[1]);
      }
    }
    return compared;
  }

  /** The shingle hashes of the documents in {@code pairs}, from one scan of the texts. */
  private static Map<Integer, long[]> shingles(Connection c, Docs docs, List<int[]> pairs) throws SQLException {
    Map<String, Integer> wanted = new HashMap<>();
    for (int[] pair : pairs) {
      wanted.put(docs.key[pair[0]], pair[0]);
      wanted.put(docs.key[pair[1]], pair[1]);
    }
    Map<Integer, long[]> out = new HashMap<>();
    if (wanted.isEmpty()) {
      return out;
    }
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_key, text FROM documents WHERE status = 'coded'")) {
      while (r.next()) {
        Integer i = wanted.get(r.getString(1));
        if (i != null) {
          out.put(i, SimHash.shingleHashes(r.getString(2)));
        }
      }
    }
    return out;
  }

  private static boolean alike(Docs docs, int i, int j) {
    boolean undated = docs.day[i] == UNDATED || docs.day[j] == UNDATED;
    if (undated ? docs.day[i] != docs.day[j] : Math.abs(docs.day[i] - docs.day[j]) > WINDOW_DAYS) {
      return false;
    }
    return SimHash.distance(docs.hash[i], docs.hash[j]) <= MAX_DISTANCE;
  }

  /** Writes fingerprints and story ids of the changed documents, through a temporary table. */
  private static void write(Connection c, Docs docs, List<Integer> changed) throws SQLException {
    if (changed.isEmpty()) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE story_updates (doc_key VARCHAR, simhash BIGINT, story_id VARCHAR)");
    }
    for (int from = 0; from < changed.size(); from += BATCH) {
      List<Integer> batch = changed.subList(from, Math.min(changed.size(), from + BATCH));
      String values = String.join(", ", Collections.nCopies(batch.size(), "(?, ?, ?)"));
      try (PreparedStatement s = c.prepareStatement("INSERT INTO story_updates VALUES " + values)) {
        int p = 1;
        for (int i : batch) {
          s.setString(p++, docs.key[i]);
          s.setLong(p++, docs.hash[i]);
          s.setString(p++, docs.story[i]);
        }
        s.executeUpdate();
      }
    }
    try (Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE documents SET simhash = u.simhash, story_id = u.story_id FROM story_updates u"
          + " WHERE documents.doc_key = u.doc_key");
      s.execute("DROP TABLE story_updates");
    }
  }

  /** The coded documents, ordered by date (undated last) then key: index order is story order. */
  private static final class Docs {
    final String[] key;
    final int[] day;
    final long[] hash;
    final String[] story;

    private Docs(int n) {
      key = new String[n];
      day = new int[n];
      hash = new long[n];
      story = new String[n];
    }

    int size() {
      return key.length;
    }

    static Docs load(Connection c, Map<String, Long> fresh) throws SQLException {
      List<Object[]> rows = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT doc_key, date, simhash, story_id FROM documents"
              + " WHERE status = 'coded' ORDER BY date NULLS LAST, doc_key")) {
        while (r.next()) {
          Date date = r.getDate(2);
          long hash = r.getLong(3);
          boolean missing = r.wasNull();
          String key = r.getString(1);
          rows.add(new Object[] {key, date == null ? UNDATED : (int) date.toLocalDate().toEpochDay(),
              missing ? fresh.get(key) : hash, r.getString(4)});
        }
      }
      Docs docs = new Docs(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        Object[] row = rows.get(i);
        docs.key[i] = (String) row[0];
        docs.day[i] = (Integer) row[1];
        docs.hash[i] = (Long) row[2];
        // A document re-fingerprinted (rewritten since) is placed again.
        docs.story[i] = fresh.containsKey(docs.key[i]) ? null : (String) row[3];
      }
      return docs;
    }
  }

  /** Documents by (band, band value, day). */
  private static final class BandIndex {
    private final Docs docs;
    private final Map<Long, int[]> buckets = new HashMap<>();
    private final Map<Long, Integer> sizes = new HashMap<>();

    BandIndex(Docs docs) {
      this.docs = docs;
      for (int i = 0; i < docs.size(); i++) {
        for (int b = 0; b < BANDS; b++) {
          add(key(b, band(docs.hash[i], b), docs.day[i]), i);
        }
      }
    }

    /** Calls {@code action} with the documents sharing a band with {@code i} within the window. */
    void forCandidates(int i, java.util.function.IntConsumer action) {
      int day = docs.day[i];
      int from = day == UNDATED ? day : day - WINDOW_DAYS;
      int to = day == UNDATED ? day : day + WINDOW_DAYS;
      for (int b = 0; b < BANDS; b++) {
        int value = band(docs.hash[i], b);
        for (int d = from; d <= to; d++) {
          long k = key(b, value, d);
          int[] bucket = buckets.get(k);
          if (bucket != null) {
            int n = sizes.get(k);
            for (int x = 0; x < n; x++) {
              action.accept(bucket[x]);
            }
          }
        }
      }
    }

    /** Band {@code b} of the fingerprint: {@link #BAND_WIDTH}[b] bits from {@link #BAND_START}[b]. */
    static int band(long hash, int b) {
      return (int) ((hash >>> BAND_START[b]) & ((1L << BAND_WIDTH[b]) - 1));
    }

    private static long key(int band, int value, int day) {
      return ((long) day << 16) | ((long) band << 8) | value;
    }

    private void add(long k, int doc) {
      int n = sizes.getOrDefault(k, 0);
      int[] bucket = buckets.get(k);
      if (bucket == null || bucket.length == n) {
        bucket = bucket == null ? new int[4] : Arrays.copyOf(bucket, n * 2);
        buckets.put(k, bucket);
      }
      bucket[n] = doc;
      sizes.put(k, n + 1);
    }
  }

  /** Union-find whose root is always the smallest index of its group: the story's first member. */
  private static final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }
}
