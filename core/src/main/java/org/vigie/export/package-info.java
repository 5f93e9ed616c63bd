/**
 * Exports of the store: the event contract as JSON lines, the flat event columns as CSV or
 * Parquet, and the aggregated events as GDELT 2.0 event rows. {@link org.vigie.export.EventExporter}
 * is the front door; the other classes turn a value into a format's field and hold the lookup
 * tables (FIPS country codes, the parts of a CAMEO actor code) read from this package's resources.
 *
 * <p>This package reads the store and writes to the stream or file it is given: it never changes
 * the store, never prints on its own, and filters events only through {@link
 * org.vigie.store.EventFilter}.
 */
package org.vigie.export;
