/**
 * The embedded store: one DuckDB file (documents, events, mentions, actors, per-record errors,
 * finished inputs) whose schema is versioned by the migration files of
 * {@code org/vigie/store/schema}. {@link org.vigie.store.Store} opens and migrates it;
 * {@link org.vigie.store.DocumentWriter} writes one coded document in one transaction, so a run
 * killed at any moment never leaves half a document. {@link org.vigie.store.EventFilter} holds the
 * validated conditions that search, export and the API share.
 *
 * <p>Across articles: {@link org.vigie.store.Stories} groups near-duplicate documents into stories
 * ({@code documents.story_id}); {@link org.vigie.store.EventAggregates} counts each event once per
 * (day, source, target, code) with its mentions, articles, sources and stories, as GDELT 2.0 does,
 * over the views {@code event_mentions} and {@code event_aggregates} (migration V2).
 */
package org.vigie.store;
