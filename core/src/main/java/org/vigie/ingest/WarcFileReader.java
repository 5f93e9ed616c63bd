package org.vigie.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a WARC file, plain or gzip-compressed record by record, one record per call: every {@code
 * response} record holding an HTML page with HTTP status 200 becomes an article (see {@link
 * PageArticles}); other records (requests, metadata, images, redirects...) are skipped silently and
 * counted, the counts logged at debug level when the file ends.
 *
 * <p>Issues are named {@code crawl.warc.gz#7} for the seventh record. A record whose HTTP message
 * cannot be read is skipped alone. When the WARC structure itself is broken (a bad header, a wrong
 * length, a corrupt or truncated gzip member), reading resumes at the next place where a record can
 * start: the next gzip member in a compressed file, the next {@code WARC/1.} in a plain one. When
 * there is none the rest of the file is given up with an error; what was read stays read.
 */
final class WarcFileReader implements InputReader {

  private static final Logger LOG = LoggerFactory.getLogger(WarcFileReader.class);

  private final String origin;
  private final FileChannel channel;
  private final PageArticles pages;
  private WarcReader reader;

  /**
   * Compressed record by record: found so, or named {@code .gz} (its first bytes may be damaged).
   */
  private boolean gzipped;

  /**
   * Where the last record read started, as the WARC reader counts: resynchronisation starts there.
   */
  private long lastStart = -1;

  /** Whether that record gave an article: then it must not be read again. */
  private boolean lastGaveArticle;

  /** Where reading last (re)started: a later resynchronisation must land after it. */
  private long resumedAt;

  /**
   * Hashes of the pages given so far: a page is given once per file, even when damage makes the
   * WARC reader meet its record twice (an identical recrawl adds nothing either).
   */
  private final Set<String> seenPages = new HashSet<>();

  private long records;
  private long articles;
  private long skipped;
  private boolean finished;

  private WarcFileReader(String origin, FileChannel channel, PageArticles pages) {
    this.origin = origin;
    this.channel = channel;
    this.pages = pages;
  }

  /** Opens the file, or reports why it cannot be read and returns null. */
  static InputReader open(Path path, String origin, PageArticles pages, Consumer<ReadResult> out) {
    FileChannel channel = null;
    try {
      channel = FileChannel.open(path);
      if (channel.size() == 0) {
        out.accept(ReadIssue.warning(origin, 0, "empty"));
        channel.close();
        return null;
      }
      WarcFileReader file = new WarcFileReader(origin, channel, pages);
      file.reader = new WarcReader(channel);
      file.gzipped =
          file.reader.compression() == WarcCompression.GZIP || InputFinder.isGzipped(path);
      return file;
    } catch (IOException | RuntimeException e) {
      out.accept(ReadIssue.error(origin, 0, "cannot read as WARC: " + describe(e)));
      closeQuietly(channel);
      return null;
    }
  }

  @Override
  public boolean readMore(Consumer<ReadResult> out) {
    if (finished) {
      return false;
    }
    long failedAt = lastStart < 0 ? 0 : lastStart;
    boolean failedGaveArticle = lastGaveArticle;
    WarcRecord record;
    try {
      Optional<WarcRecord> next = reader.next();
      if (next.isEmpty()) {
        return finish(out);
      }
      record = next.get();
    } catch (IOException | RuntimeException e) {
      records++;
      // In a gzip file the failed record's reported start may be the next member's: retry it.
      return resync(failedAt, failedGaveArticle || !gzipped, e, out);
    }
    records++;
    if (declaresNegativeLength(record)) {
      // The WARC reader steps back by a negative length and would read earlier bytes again.
      return resync(reader.position(), true, new IOException("negative Content-Length"), out);
    }
    lastStart = reader.position();
    lastGaveArticle = false;
    Consumer<ReadResult> watched =
        result -> {
          if (result instanceof ReadResult.Ok ok && !seenPages.add(pageKey(ok))) {
            out.accept(
                ReadIssue.warning(
                    ok.article().origin(),
                    0,
                    "same page as an earlier record of the file, skipped"));
            return;
          }
          lastGaveArticle |= result instanceof ReadResult.Ok;
          out.accept(result);
        };
    try {
      read(record, watched);
    } catch (IOException e) {
      // The record's block could not be read to its end: the file itself is damaged there.
      return resync(lastStart, true, e, out);
    }
    return true;
  }

  /**
   * Reads one record. An HTTP message that does not parse spoils only its record and is reported
   * here; a failure to read the record's bytes is thrown, since the next record may be lost too.
   */
  private void read(WarcRecord record, Consumer<ReadResult> out) throws IOException {
    String recordOrigin = origin + "#" + records;
    if (!(record instanceof WarcResponse response)) {
      skipped++;
      return;
    }
    try {
      HttpResponse http = response.http();
      MediaType type = http.contentType();
      if (http.status() != 200 || !isHtml(type)) {
        skipped++;
        return;
      }
      String encoding = http.headers().first("Content-Encoding").orElse("").strip();
      if (!encoding.isEmpty()
          && !encoding.equalsIgnoreCase("gzip")
          && !encoding.equalsIgnoreCase("deflate")
          && !encoding.equalsIgnoreCase("identity")) {
        out.accept(
            ReadIssue.error(
                recordOrigin, 0, "content encoding \"" + encoding + "\" not supported, skipped"));
        return;
      }
      byte[] page;
      try (InputStream body = http.bodyDecoded().stream()) {
        page = body.readNBytes(PageArticles.MAX_PAGE_BYTES + 1);
      }
      if (page.length > PageArticles.MAX_PAGE_BYTES) {
        out.accept(
            ReadIssue.error(
                recordOrigin,
                0,
                "page larger than " + (PageArticles.MAX_PAGE_BYTES >> 20) + " MiB, skipped"));
        return;
      }
      if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
        out.accept(ReadIssue.warning(recordOrigin, 0, "page truncated by the crawler"));
      }
      articles++;
      pages.read(
          new PageArticles.Page(
              page, charset(type), target(response), null, crawlDay(response), recordOrigin),
          out);
    } catch (ParsingException | RuntimeException e) {
      out.accept(ReadIssue.error(recordOrigin, 0, "unreadable HTTP response: " + describe(e)));
    }
  }

  /**
   * Looks for the next record start after the one that failed and goes on from there, or gives up
   * the rest of the file. Candidates that do not parse as a record are passed over silently: the
   * one issue says where reading stopped and where it resumed.
   */
  private boolean resync(
      long failedAt, boolean skipFailed, Throwable cause, Consumer<ReadResult> out) {
    String where = origin + "#" + records;
    String reason = "corrupt record at offset " + failedAt + ": " + describe(cause);
    // The failed record's own start is tried again only when asked: in a damaged gzip member the
    // reader may run on into the next member and count its start as the failed record's. Never
    // before or at the last restart, so that reading always moves forward.
    long from = Math.max(skipFailed ? failedAt + 1 : failedAt, resumedAt + 1);
    try {
      while (true) {
        long candidate =
            gzipped
                ? RecordStarts.nextGzipMember(channel, from)
                : RecordStarts.nextWarcVersion(channel, from);
        if (candidate < 0) {
          out.accept(
              ReadIssue.error(where, 0, reason + "; no further record, rest of file skipped"));
          return finish(out);
        }
        if (tryReaderAt(candidate)) {
          out.accept(ReadIssue.error(where, 0, reason + "; resumed at offset " + candidate));
          return true;
        }
        from = candidate + 1;
      }
    } catch (IOException e) {
      out.accept(
          ReadIssue.error(where, 0, reason + "; then " + describe(e) + ", rest of file skipped"));
      return finish(out);
    }
  }

  /** Whether a record can be read at {@code offset}; if so the next call reads it. */
  private boolean tryReaderAt(long offset) throws IOException {
    channel.position(offset);
    WarcReader probe;
    try {
      probe = new WarcReader(channel);
      if (probe.next().isEmpty()) {
        return false;
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    // Read it again from its start with a fresh reader, so that nothing of it is lost.
    channel.position(offset);
    reader = new WarcReader(channel);
    lastStart = offset;
    lastGaveArticle = false;
    resumedAt = offset;
    return true;
  }

  private static String pageKey(ReadResult.Ok ok) {
    return ArticleIds.fromText(ok.article().url() + "\n" + ok.article().text());
  }

  private static boolean declaresNegativeLength(WarcRecord record) {
    return record.headers().all("Content-Length").stream().anyMatch(v -> v.strip().startsWith("-"));
  }

  private boolean finish(Consumer<ReadResult> out) {
    finished = true;
    if (records == 0) {
      out.accept(ReadIssue.warning(origin, 0, "no WARC record"));
    }
    LOG.debug(
        "{}: {} WARC records, {} HTML pages, {} other records skipped",
        origin,
        records,
        articles,
        skipped);
    return false;
  }

  /** Counts so far, for tests and reports: records met, HTML pages extracted, records skipped. */
  long[] counts() {
    return new long[] {records, articles, skipped};
  }

  private static boolean isHtml(MediaType type) {
    String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static Charset charset(MediaType type) {
    String name = type.parameters().get("charset");
    try {
      return name != null && Charset.isSupported(name.strip())
          ? Charset.forName(name.strip())
          : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String target(WarcResponse response) {
    try {
      String target = response.target();
      return target == null || target.isBlank() ? null : target.strip();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static LocalDate crawlDay(WarcRecord record) {
    try {
      return LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // the file was being given up anyway
      }
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
