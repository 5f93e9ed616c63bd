/**
 * Article extraction from HTML pages: the main text and the publication metadata, with
 * navigation, comments, related-article grids, paywall and cookie boxes and other furniture left
 * out. Used by {@code vigie extract} and by ingest (HTML files, WARC responses).
 *
 * <p>The front door is {@link org.vigie.extract.HtmlExtractor} (immutable, thread-safe); the steps
 * behind it are package-private: {@code HtmlCharset} (bytes to text), {@code JsonLd} and {@code
 * PageMetadata} (url, title, date, author, lang), {@code Pruner} (furniture removed), {@code
 * ContentFinder} (where the body is), {@code Standfirst}, {@code TextRenderer} (body to lines)
 * and the line filters ({@code FurnitureLines}, {@code Gibberish}). Policy is data: the class-name
 * vocabulary ({@code class-names.tsv}), the furniture lines ({@code furniture-lines.tsv}) and the
 * agency names ({@code agencies.txt}), documented at the top of each file.
 *
 * <p>What counts as article text (standfirst in, bylines and captions out, datelines and final
 * agency credits kept...) is the convention of {@code docs/extraction.md}, which the evaluation
 * set follows. {@link org.vigie.extract.ExtractionScore} is the usual shingle metric used to
 * measure it. This package never prints; warnings travel in {@link
 * org.vigie.extract.ExtractedPage#warnings()}.
 */
package org.vigie.extract;
