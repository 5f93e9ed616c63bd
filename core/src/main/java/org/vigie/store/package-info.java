/**
 * The embedded store: one DuckDB file (documents, events, mentions, actors, per-record errors,
 * finished inputs) whose schema is versioned by the migration files of
 * {@code org/vigie/store/schema}, and its full-text index, a Lucene folder beside it.
 *
 * <ul>
 *   <li>{@link org.vigie.store.Store} opens and migrates the file; {@link
 *       org.vigie.store.DocumentWriter} writes one coded document in one transaction, so a run
 *       killed at any moment never leaves half a document.
 *   <li>{@link org.vigie.store.TextIndex} is the full-text index; the store is its reference and
 *       it is reconciled with the store when opened for writing.
 *   <li>{@link org.vigie.store.CorpusIngest} reads inputs into both, resumably; {@link
 *       org.vigie.store.CorpusSearch} queries them; {@link org.vigie.store.EventFilter} is the
 *       event condition shared with exports and the API.
 *   <li>Across articles: {@link org.vigie.store.Stories} groups near-duplicate documents into
 *       stories ({@code documents.story_id}); {@link org.vigie.store.EventAggregates} counts each
 *       event once per (day, source, target, code) with its mentions, articles, sources and
 *       stories, as GDELT 2.0 does, over the views {@code event_mentions} and {@code
 *       event_aggregates} (migration V2).
 * </ul>
 *
 * <p>Library code: nothing here prints. Failures of the file or the index are {@link
 * org.vigie.store.StoreException}s naming the file; bad records are returned or reported to a
 * listener, never thrown.
 */
package org.vigie.store;
