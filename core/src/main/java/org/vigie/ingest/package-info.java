/**
 * Ingest: reading {@link org.vigie.model.Article}s from files, folders and standard input,
 * safely. The front door is {@link org.vigie.ingest.ArticleSource}; the rest is internal.
 *
 * <h2>Inputs</h2>
 *
 * <ul>
 *   <li>{@code -} is standard input: JSONL if its first non-blank character is {@code {}, an HTML
 *       page or a feed if its first element says so, else one plain text article with id {@code
 *       stdin}. Its origin is {@code <stdin>}.
 *   <li>A folder is walked recursively for {@code *.txt}, {@code *.jsonl}, {@code *.html}, {@code
 *       *.htm} (also {@code .gz}), {@code *.rss}, {@code *.atom}, {@code *.xml}, {@code *.warc} and
 *       {@code *.warc.gz} (any case), hidden entries skipped, symbolic links followed, files in
 *       path order.
 *   <li>A file named {@code *.jsonl} holds one article per line: {@code id}, {@code url}, {@code
 *       title}, {@code date}, {@code lang}, {@code text}. A record without id gets {@code url-} or
 *       {@code text-} and 16 hex digits of the SHA-256 of its url or else its text: stable across
 *       runs.
 *   <li>A JSONL date may be an ISO date or date-time; only the date part is kept, as written. A
 *       JSONL {@code lang} is reduced to its primary subtag in lower case ({@code fr-FR} → {@code
 *       fr}); a missing date or language takes the caller's default.
 *   <li>An HTML page ({@code *.html}, {@code *.htm}, the same gzipped, or any file named without a
 *       known extension whose first element is {@code <!DOCTYPE html>}, {@code <html>}, {@code
 *       <head>} or {@code <body>}) is one article found by the {@link
 *       org.vigie.extract.PageExtractor}: id = file name less {@code .gz} and {@code .html}/{@code
 *       .htm}, url = the page's canonical address, title, date = the page's publication date (else
 *       the caller's default), lang = the page's declared language when French or English (else
 *       the caller's default), text = the extracted body.
 *   <li>A feed ({@code *.rss}, {@code *.atom}, {@code *.xml}, or a file whose first element is
 *       {@code <rss>}, {@code <rdf:RDF>} or {@code <feed>}): each RSS item or Atom entry with
 *       content ({@code content:encoded}, Atom {@code content}, or a description or summary of at
 *       least 500 characters of text; shorter ones are teasers) is an article: id = guid / Atom id,
 *       else derived from its link; url = link; title; date = {@code pubDate} (RFC 822), {@code
 *       dc:date}, Atom {@code published} or {@code updated}, the calendar date as written; lang =
 *       the item's, else the feed's, when French or English. HTML content keeps one paragraph per
 *       line. An item without content is a {@link org.vigie.ingest.ReadResult.Link} to fetch later.
 *       Origins are {@code feed.xml#3} for the third item. External entities and DTDs are never
 *       resolved.
 *   <li>A WARC file ({@code *.warc}, or {@code *.warc.gz} compressed record by record): each
 *       {@code response} record with an HTML content type and status 200 is a page read as above,
 *       url = its canonical address else {@code WARC-Target-URI}, id derived from that url, date =
 *       the page's else the day of {@code WARC-Date} (UTC). Other records are skipped silently and
 *       counted (debug log). Origins are {@code crawl.warc.gz#7} for the seventh record.
 * </ul>
 *
 * <h2>Bad data</h2>
 *
 * Nothing here throws for bad data; every problem becomes a {@link org.vigie.ingest.ReadIssue}
 * ({@code file:line: reason}) in the result stream, just before the article it concerns, and
 * reading goes on. A {@code WARNING} means the article was still read, perhaps altered, or there
 * was nothing to read; an {@code ERROR} means data was skipped.
 *
 * <ul>
 *   <li>Missing or unreadable file → ERROR for the file. Binary content (NULs or control bytes in
 *       the first 8 KB) or UTF-16 → ERROR for the file. Empty or blank file → WARNING.
 *   <li>Not valid UTF-8 → decoded as Windows-1252 with a WARNING. A UTF-8 byte order mark is
 *       dropped. JSONL lines are decoded one by one, so valid lines of a mixed file stay UTF-8;
 *       the warning is given once per file, at the first invalid line.
 *   <li>JSONL line that is not JSON, not an object, or whose {@code text} is missing or not a
 *       string → ERROR for that line. Unparsable date → WARNING, date left null (not the
 *       default). Blank lines are skipped silently; a blank {@code text} gives a WARNING.
 *   <li>HTML page with no article body, or whose extraction fails → ERROR for the page. A gzipped
 *       page cut short → ERROR for the file. Feed item with neither content nor link → ERROR for
 *       that item; an item broken by an unclosed tag does not lose the others (jsoup's lenient XML
 *       parser). XML that is not a feed → WARNING, skipped.
 *   <li>WARC: a response whose HTTP message does not parse → ERROR for that record. A broken
 *       record (bad header, wrong length, corrupt or truncated gzip member) → one ERROR naming the
 *       record and its offset; reading resumes at the next gzip member (or the next {@code
 *       WARC/1.} in a plain file) that parses, or the rest of the file is given up with that error
 *       and what was read stays read. A page met twice in one file is given once.
 *   <li>Binary garbage in some lines of a JSONL file spoils only those lines, as long as some line
 *       of the first 8 KB starts with {@code {}.
 *   <li>Tolerated without an issue, since their meaning is plain: a byte order mark at the start
 *       of any JSONL line (files joined with {@code cat}), raw tabs and other control characters
 *       inside JSON strings, {@code \r\n} line ends, numbers where a string is expected ({@code
 *       "id": 17}).
 * </ul>
 *
 * <h2>Size limits</h2>
 *
 * A text longer than {@link org.vigie.ingest.SourceOptions#maxTextChars()} (5 million characters
 * by default, some hundred times a long article) is <em>truncated</em> with a WARNING rather than
 * refused: the lead of an article is what event coding needs most. JSONL is read line by line
 * from bytes, so a file's size does not matter; a single line longer than {@link
 * org.vigie.ingest.SourceOptions#maxLineBytes()} (64 MiB) is skipped with an ERROR without being
 * held in memory. A plain text file is read only up to three bytes per allowed character. An
 * HTML page, a feed and a WARC response body are read up to 32 MiB; larger ones are refused with
 * an ERROR without being held whole. WARC files are read record by record, whatever their size.
 *
 * <h2>Must not</h2>
 *
 * This package does not clean, normalise or detect the language of texts (the {@code clean} stage
 * does), does not look for the article inside a page (the {@code extract} package does), does not
 * fetch feed links, does not print, and keeps no state between reads.
 */
package org.vigie.ingest;
