/**
 * Article extraction from HTML pages: the main text and the publication metadata, with
 * navigation, comments, related-article grids and other furniture left out. Used by
 * {@code vigie extract} and by ingest (HTML files, WARC responses).
 */
package org.vigie.extract;
