package org.vigie.api;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.vigie.store.TextIndex;

/**
 * Full-text search through the store's Lucene index ({@link TextIndex}, written by
 * {@code vigie ingest}): stemmed French and English words, Lucene query syntax, BM25 scores.
 */
final class LuceneDocumentSearch implements DocumentSearch {

  /** Most articles a {@code q} filter can select (the best ones). */
  static final int MAX_FILTER_DOCUMENTS = 10_000;

  private final TextIndex index;

  LuceneDocumentSearch(TextIndex index) {
    this.index = index;
  }

  @Override
  public List<Hit> search(Connection c, String query, int limit) {
    List<Hit> hits = new ArrayList<>();
    for (TextIndex.Hit h : hits(query, limit)) {
      hits.add(new Hit(h.docKey(), h.score(), h.snippet()));
    }
    return hits;
  }

  @Override
  public Condition eventCondition(String query) {
    List<TextIndex.Hit> hits = hits(query, MAX_FILTER_DOCUMENTS);
    if (hits.isEmpty()) {
      return new Condition("FALSE", List.of());
    }
    StringBuilder keys = new StringBuilder();
    for (TextIndex.Hit h : hits) {
      keys.append(keys.length() == 0 ? "" : "\n").append(h.docKey());
    }
    // one bound value however many keys: a list the query splits again
    return new Condition("e.doc_key IN (SELECT unnest(string_split(?, chr(10))))", List.of(keys.toString()));
  }

  private List<TextIndex.Hit> hits(String query, int limit) {
    try {
      return index.search(query, limit);
    } catch (IllegalArgumentException e) {
      throw new BadRequest("q", "not a valid query: " + Params.shorten(String.valueOf(e.getMessage())));
    }
  }

  @Override
  public String engine() {
    return "lucene";
  }
}
