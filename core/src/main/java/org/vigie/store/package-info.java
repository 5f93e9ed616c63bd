/**
 * The embedded store: one DuckDB file (documents, events, mentions, actors, per-record errors,
 * finished inputs) whose schema is versioned by the migration files of
 * {@code org/vigie/store/schema}. {@link org.vigie.store.Store} opens and migrates it;
 * {@link org.vigie.store.DocumentWriter} writes one coded document in one transaction, so a run
 * killed at any moment never leaves half a document.
 */
package org.vigie.store;
