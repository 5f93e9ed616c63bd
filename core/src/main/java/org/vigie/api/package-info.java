/**
 * The local web application over a store: a read-only JSON API and the dashboard that uses it,
 * both served by {@link org.vigie.api.ApiServer} (Javalin on Jetty).
 *
 * <p>{@link org.vigie.api.ApiServer} is the front door: it opens the store read-only, wires the
 * routes of {@link org.vigie.api.Routes} and the static files (the dashboard under
 * {@code org/vigie/api/web}, ECharts from its WebJar) and sets the security headers. The queries
 * live in {@link org.vigie.api.EventQueries}, {@link org.vigie.api.ChartQueries} and
 * {@link org.vigie.api.DocumentQueries}; request parameters are checked by
 * {@link org.vigie.api.Params} before any SQL runs, and reach SQL only as bound parameters.
 * Full text goes through the Lucene index beside the store when {@code vigie ingest} made one
 * ({@link org.vigie.api.LuceneDocumentSearch}), else through SQL matching
 * ({@link org.vigie.api.SqlDocumentSearch}). Since the store is read-only while served, answers
 * are kept in a bounded {@link org.vigie.api.ResponseCache}.
 *
 * <p>This package must not write to the store (there is no write endpoint), print to stdout, or
 * load anything from the network: everything the dashboard needs is inside the jar.
 */
package org.vigie.api;
