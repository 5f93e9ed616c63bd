/**
 * Ingest: reading {@link org.vigie.model.Article}s from files, folders and standard input,
 * safely. The front door is {@link org.vigie.ingest.ArticleSource}; the rest is internal.
 *
 * <h2>Inputs</h2>
 *
 * <ul>
 *   <li>{@code -} is standard input: JSONL if its first non-blank character is {@code {}, else
 *       one plain text article with id {@code stdin}. Its origin is {@code <stdin>}.
 *   <li>A folder is walked recursively for {@code *.txt} and {@code *.jsonl} (any case), hidden
 *       entries skipped, symbolic links followed, files in path order.
 *   <li>A file named {@code *.jsonl} holds one article per line: {@code id}, {@code url}, {@code
 *       title}, {@code date}, {@code lang}, {@code text}. Any other file is one plain text
 *       article, whose id is the file name less a final {@code .txt} ({@code kerry-lavrov.fr.txt}
 *       → {@code kerry-lavrov.fr}) and whose date and language are the caller's defaults ({@link
 *       org.vigie.ingest.SourceOptions}). A JSONL record without id gets {@code url-} or {@code
 *       text-} and 16 hex digits of the SHA-256 of its url or else its text: stable across runs.
 *   <li>A JSONL date may be an ISO date or date-time; only the date part is kept, as written. A
 *       JSONL {@code lang} is reduced to its primary subtag in lower case ({@code fr-FR} → {@code
 *       fr}); a missing date or language takes the caller's default.
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
 * held in memory. A plain text file is read only up to three bytes per allowed character.
 *
 * <h2>Must not</h2>
 *
 * This package does not clean, normalise or detect the language of texts (the {@code clean} stage
 * does), does not print, and keeps no state between reads.
 */
package org.vigie.ingest;
