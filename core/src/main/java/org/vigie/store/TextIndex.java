package org.vigie.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The full-text index of the store's coded documents: a Lucene index in the folder {@code
 * <store file>.index} beside the DuckDB file ({@code vigie-data/vigie.duckdb.index/}), one Lucene
 * document per stored document, keyed by its {@code doc_key}. Titles and texts are stemmed in
 * their language (see {@link IndexFields}); queries use Lucene's syntax (see {@link
 * IndexQueryParser}).
 *
 * <p>The store is the reference: ingest commits a document to the store first and to the index
 * later, so a run killed in between leaves the index behind, never ahead. {@link #reconcile}
 * (called by {@link #openForWriting}) indexes what is missing and drops what the store no longer
 * has. One process writes at a time (Lucene's lock); readers ({@link #openReadOnly}, e.g. the API
 * server) see each commit on their next search. Thread-safe.
 *
 * <pre>{@code
 * try (TextIndex index = TextIndex.openReadOnly(Path.of("vigie-data/vigie.duckdb"))) {
 *   for (TextIndex.Hit hit : index.search("bombardements Alep", 10)) { ... }
 * }
 * }</pre>
 */
public final class TextIndex implements AutoCloseable {

  /**
   * One matching document.
   *
   * @param docKey the store's key of the document ({@code documents.doc_key})
   * @param score Lucene's relevance (BM25); 0 when the query matches everything (then newest first)
   * @param snippet plain text around the best match, or the start of the text
   */
  public record Hit(String docKey, float score, String snippet) {}

  /** Chooses, among candidate keys, those to keep (e.g. the documents with an event passing a filter). */
  @FunctionalInterface
  public interface KeyFilter {
    /** The subset of {@code candidates} to keep. */
    Set<String> keep(List<String> candidates);
  }

  private static final int FIRST_PAGE = 100;

  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer = IndexFields.analyzer();

  private TextIndex(Path folder, Directory directory, IndexWriter writer, SearcherManager searchers) {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
  }

  /** The index folder of a store file: {@code vigie.duckdb} → {@code vigie.duckdb.index}. */
  public static Path folderOf(Path storeFile) {
    return storeFile.resolveSibling(storeFile.getFileName() + ".index");
  }

  /**
   * Opens (creates) the index of {@code storeFile} for writing and brings it in line with the store,
   * which is opened for that moment only. Use {@link #openForWriting(Store)} when the store is open.
   */
  public static TextIndex openForWriting(Path storeFile) {
    try (Store store = Store.open(storeFile)) {
      return openForWriting(store);
    }
  }

  /** Opens (creates) the index of an open store for writing and reconciles it with the store. */
  public static TextIndex openForWriting(Store store) {
    Path folder = folderOf(store.file());
    Directory directory = null;
    try {
      Files.createDirectories(folder);
      directory = FSDirectory.open(folder);
      IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      IndexWriter writer = new IndexWriter(directory, config);
      writer.commit(); // a reader can open the folder from now on
      TextIndex index = new TextIndex(folder, directory, writer, new SearcherManager(writer, null));
      index.reconcile(store);
      return index;
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new StoreException(folder + ": the index is being written by another process (another ingest?)", e);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new StoreException(folder + ": cannot open the full-text index: " + e.getMessage(), e);
    }
  }

  /** Opens the index of {@code storeFile} for searching; fails when there is none. */
  public static TextIndex openReadOnly(Path storeFile) {
    Path folder = folderOf(storeFile);
    if (!Files.isDirectory(folder)) {
      throw new StoreException(folder + ": no full-text index here (run `vigie ingest` first, or give --db)");
    }
    Directory directory = null;
    try {
      directory = FSDirectory.open(folder);
      return new TextIndex(folder, directory, null, new SearcherManager(directory, null));
    } catch (IndexNotFoundException e) {
      closeQuietly(directory);
      throw new StoreException(folder + ": no full-text index here (run `vigie ingest` first)", e);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new StoreException(folder + ": cannot open the full-text index: " + e.getMessage(), e);
    }
  }

  public Path folder() {
    return folder;
  }

  /**
   * Indexes one document, replacing any earlier version with the same key. Visible to searches at
   * once, durable at the next {@link #commit}.
   *
   * @param lang {@code fr} or {@code en}; other languages are analysed as French
   */
  public void add(String docKey, String title, String text, LocalDate date, String lang) {
    Objects.requireNonNull(docKey, "docKey");
    Document d = new Document();
    d.add(new StringField(IndexFields.DOC_KEY, docKey, Field.Store.YES));
    d.add(new SortedDocValuesField(IndexFields.DOC_KEY, new BytesRef(docKey)));
    if (title != null && !title.isBlank()) {
      d.add(new TextField(IndexFields.title(lang), title, Field.Store.NO));
      d.add(new StoredField(IndexFields.STORED_TITLE, title));
    }
    String body = text == null ? "" : text;
    d.add(new TextField(IndexFields.text(lang), body, Field.Store.NO));
    d.add(new StoredField(IndexFields.STORED_TEXT, body));
    String day = date == null ? "" : date.toString();
    d.add(new StringField(IndexFields.DATE, day, Field.Store.YES));
    d.add(new SortedDocValuesField(IndexFields.DATE, new BytesRef(day)));
    d.add(new StringField(IndexFields.LANG, lang == null ? "" : lang, Field.Store.YES));
    try {
      writer().updateDocument(new Term(IndexFields.DOC_KEY, docKey), d);
    } catch (IOException e) {
      throw new StoreException(folder + ": indexing " + docKey + ": " + e.getMessage(), e);
    }
  }

  /** Removes the documents with these keys. */
  public void delete(Set<String> docKeys) {
    try {
      for (String key : docKeys) {
        writer().deleteDocuments(new Term(IndexFields.DOC_KEY, key));
      }
    } catch (IOException e) {
      throw new StoreException(folder + ": deleting from the index: " + e.getMessage(), e);
    }
  }

  /** Makes what was added durable. */
  public void commit() {
    try {
      writer().commit();
    } catch (IOException e) {
      throw new StoreException(folder + ": committing the index: " + e.getMessage(), e);
    }
  }

  /** The number of documents indexed (including what is not committed yet, when writing). */
  public int size() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /** The keys of every indexed document. */
  public Set<String> keys() {
    return withSearcher(s -> {
      Set<String> keys = new HashSet<>();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields fields = leaf.reader().storedFields();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live == null || live.get(i)) {
            keys.add(fields.document(i, Set.of(IndexFields.DOC_KEY)).get(IndexFields.DOC_KEY));
          }
        }
      }
      return keys;
    });
  }

  /**
   * Brings the index in line with the store: indexes the coded documents it lacks, drops those the
   * store does not have, and commits. Cheap when the counts agree (nothing is read then).
   *
   * @return the number of documents indexed or dropped
   */
  public int reconcile(Store store) {
    int changed = new IndexReconciler(this, store).run();
    if (changed > 0) {
      commit();
    }
    return changed;
  }

  /** The {@code limit} best documents for {@code query} (Lucene syntax; empty or {@code *}: all). */
  public List<Hit> search(String query, int limit) {
    return search(query, limit, candidates -> new HashSet<>(candidates));
  }

  /**
   * The {@code limit} best documents for {@code query} among those {@code filter} keeps. Hits are
   * fetched page after page and offered to the filter until {@code limit} are kept.
   *
   * @throws IllegalArgumentException when the query cannot be parsed, naming the problem
   */
  public List<Hit> search(String query, int limit, KeyFilter filter) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1: " + limit);
    }
    Query q = IndexQueryParser.parse(query);
    boolean all = IndexQueryParser.matchesAll(q);
    Sort newestFirst = new Sort(new SortField(IndexFields.DATE, SortField.Type.STRING, true),
        new SortField(IndexFields.DOC_KEY, SortField.Type.STRING));
    return withSearcher(s -> {
      List<Hit> hits = new ArrayList<>();
      ScoreDoc after = null;
      int page = Math.max(FIRST_PAGE, limit * 2);
      while (hits.size() < limit) {
        TopDocs top = all ? s.searchAfter(after, q, page, newestFirst) : s.searchAfter(after, q, page);
        if (top.scoreDocs.length == 0) {
          break;
        }
        keep(s, q, top.scoreDocs, all, filter, limit, hits);
        after = top.scoreDocs[top.scoreDocs.length - 1];
        page = Math.min(page * 2, 10_000);
      }
      return hits;
    });
  }

  private void keep(IndexSearcher s, Query q, ScoreDoc[] docs, boolean all, KeyFilter filter, int limit,
      List<Hit> hits) throws IOException {
    StoredFields fields = s.storedFields();
    List<String> keys = new ArrayList<>();
    for (ScoreDoc d : docs) {
      keys.add(fields.document(d.doc, Set.of(IndexFields.DOC_KEY)).get(IndexFields.DOC_KEY));
    }
    Set<String> kept = filter.keep(keys);
    for (int i = 0; i < docs.length && hits.size() < limit; i++) {
      if (kept.contains(keys.get(i))) {
        Document d = fields.document(docs[i].doc);
        String field = IndexFields.text(d.get(IndexFields.LANG));
        String snippet = Snippets.around(d.get(IndexFields.STORED_TEXT), analyzer, field, all ? Set.of()
            : termsOf(q, field));
        hits.add(new Hit(keys.get(i), all ? 0f : docs[i].score, snippet));
      }
    }
  }

  /** The analysed words a query looks for in one field (for snippets). */
  private static Set<String> termsOf(Query q, String field) {
    Set<Term> terms = new HashSet<>();
    q.visit(QueryVisitor.termCollector(terms));
    Set<String> words = new HashSet<>();
    for (Term t : terms) {
      if (t.field().equals(field)) {
        words.add(t.text());
      }
    }
    return words;
  }

  @FunctionalInterface
  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      searchers.maybeRefresh();
      IndexSearcher s = searchers.acquire();
      try {
        return work.apply(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new StoreException(folder + ": reading the index: " + e.getMessage(), e);
    }
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException(folder + ": the index was opened read-only");
    }
    return writer;
  }

  /** Commits (when writing) and closes. */
  @Override
  public void close() {
    try {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new StoreException(folder + ": closing the index: " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(Directory directory) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException e) {
        // the open failed already; that failure is the one reported
      }
    }
  }

  /** For {@link IndexReconciler}: whether this index may be written. */
  boolean writable() {
    return writer != null;
  }
}
