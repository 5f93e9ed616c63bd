package org.vigie.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.vigie.extract.HtmlExtractor;
import org.vigie.extract.PageExtractor;

/**
 * The front door of the ingest stage: reads articles from files, folders and standard input.
 *
 * <pre>{@code
 * ArticleSource source = new ArticleSource(new SourceOptions(date, "fr"));
 * try (Stream<ReadResult> results = source.read(List.of("corpus/", "extra.jsonl", "-"))) {
 *   results.forEach(r -> { if (r instanceof ReadResult.Ok ok) use(ok.article()); else log(r); });
 * }
 * }</pre>
 *
 * <p>Bad data never throws: it becomes a {@link ReadIssue} in the stream and reading goes on with
 * the next line or file. Only a caller's mistake (null arguments, standard input named twice)
 * throws, at once. Immutable and thread-safe; each {@link #read} is independent.
 */
public final class ArticleSource {

  /** The input name that stands for standard input. */
  public static final String STDIN = InputFinder.STDIN;

  private final SourceOptions options;
  private final Supplier<InputStream> stdin;
  private final JsonArticleParser jsonParser;
  private final PlainTextReader textReader;
  private final PageArticles pages;
  private final HtmlReader htmlReader;
  private final FeedReader feedReader;

  /** A source reading standard input from {@link System#in}, pages with {@link HtmlExtractor}. */
  public ArticleSource(SourceOptions options) {
    this(options, () -> System.in);
  }

  /**
   * @param stdin what {@code -} reads; it is not closed
   */
  public ArticleSource(SourceOptions options, Supplier<InputStream> stdin) {
    this(options, stdin, new HtmlExtractor());
  }

  /**
   * @param stdin what {@code -} reads; it is not closed
   * @param extractor finds the article in HTML pages (files, WARC responses); thread-safe
   */
  public ArticleSource(
      SourceOptions options, Supplier<InputStream> stdin, PageExtractor extractor) {
    this.options = Objects.requireNonNull(options, "options");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.jsonParser = new JsonArticleParser(options);
    this.textReader = new PlainTextReader(options);
    this.pages = new PageArticles(options, Objects.requireNonNull(extractor, "extractor"));
    this.htmlReader = new HtmlReader(pages);
    this.feedReader = new FeedReader(options);
  }

  /**
   * Reads the inputs in order, lazily: a file is opened when the stream reaches it, a JSONL file is
   * read line by line and a WARC file record by record. Close the stream (try-with-resources) if
   * you stop before its end.
   *
   * @param inputs files, folders (walked for the extensions listed in the package description) and
   *     {@code -}
   * @return each article read, preceded by the issues met on the way
   */
  public Stream<ReadResult> read(List<String> inputs) {
    List<String> names = List.copyOf(inputs);
    if (names.stream().filter(STDIN::equals).count() > 1) {
      throw new IllegalArgumentException("standard input (-) can be read only once: " + names);
    }
    ResultIterator iterator = new ResultIterator(names, this::open);
    Spliterator<ReadResult> spliterator =
        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(spliterator, false).onClose(iterator::close);
  }

  /** Same as {@link #read(List)}. */
  public Stream<ReadResult> read(String... inputs) {
    return read(List.of(inputs));
  }

  /**
   * Reads one JSONL stream already opened elsewhere (a file of a distributed file system), with
   * the same rules as a JSONL file given to {@link #read}: line by line, lazily, a bad line giving
   * an error and reading going on. The stream is closed with the returned stream.
   *
   * @param origin how issues and articles name the input ({@code hdfs://…/part-1.jsonl})
   */
  public Stream<ReadResult> readJsonl(String origin, InputStream content) {
    Objects.requireNonNull(origin, "origin");
    JsonlReader reader = new JsonlReader(origin, content, options.maxLineBytes(), jsonParser);
    Iterator<ReadResult> iterator = new Iterator<>() {
      private final ArrayDeque<ReadResult> ready = new ArrayDeque<>();
      private boolean more = true;

      @Override
      public boolean hasNext() {
        while (ready.isEmpty() && more) {
          more = reader.readMore(ready::add);
        }
        return !ready.isEmpty();
      }

      @Override
      public ReadResult next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.poll();
      }
    };
    Spliterator<ReadResult> spliterator =
        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(spliterator, false).onClose(() -> closeQuietly(reader));
  }

  /**
   * Reads one record given as a JSON object (a JSONL line, or a row of another format turned into
   * JSON) with the same field rules as a JSONL line: the article, with any warnings before it, or
   * one error.
   *
   * @param record 1-based position of the record in its input, for messages
   */
  public List<ReadResult> readRecord(String origin, long record, String json) {
    List<ReadResult> out = new ArrayList<>(1);
    if (json == null || json.isBlank()) {
      out.add(ReadIssue.error(origin, record, "empty record"));
    } else {
      jsonParser.parse(origin, record, json, out::add);
    }
    return out;
  }

  /**
   * Opens an input, reads it at once if it is one article or a feed, and returns a reader for the
   * rest when it is JSONL or WARC; null when nothing is left to read.
   */
  private InputReader open(InputFinder.Input input, Consumer<ReadResult> out) {
    String origin = input.origin();
    if (input.format() == InputFinder.Format.WARC) {
      return WarcFileReader.open(input.path(), origin, pages, out);
    }
    InputStream in = null;
    try {
      in = openStream(input);
      ContentSniffer.Head head = ContentSniffer.sniff(in);
      if (input.format() == InputFinder.Format.JSONL && head.hasJsonLine()) {
        // Binary garbage in some lines spoils only those lines: read the others.
        InputReader reader =
            new JsonlReader(origin, head.content(), options.maxLineBytes(), jsonParser);
        in = null; // the reader owns it now
        return reader;
      }
      switch (head.kind()) {
        case BINARY -> out.accept(ReadIssue.error(origin, 0, "binary file, skipped"));
        case UTF16 -> out.accept(ReadIssue.error(origin, 0, "UTF-16 text, convert it to UTF-8"));
        case TEXT -> {
          InputFinder.Format format = resolve(input.format(), head);
          if (format == InputFinder.Format.JSONL) {
            InputReader reader =
                new JsonlReader(origin, head.content(), options.maxLineBytes(), jsonParser);
            in = null; // the reader owns it now
            return reader;
          }
          readWhole(input, format, head.content(), out);
        }
      }
    } catch (IOException e) {
      out.accept(ReadIssue.error(origin, 0, "cannot read: " + IoFailures.describe(e)));
    } finally {
      closeQuietly(in);
    }
    return null;
  }

  private InputStream openStream(InputFinder.Input input) throws IOException {
    if (input.path() == null) {
      return new Unclosed(stdin.get());
    }
    InputStream file = Files.newInputStream(input.path());
    if (!InputFinder.isGzipped(input.path())) {
      return file;
    }
    try {
      return new GZIPInputStream(file);
    } catch (IOException e) {
      file.close();
      throw e;
    }
  }

  /** Reads an input that gives one article (text, HTML page) or a feed's items. */
  private void readWhole(
      InputFinder.Input input,
      InputFinder.Format format,
      InputStream content,
      Consumer<ReadResult> out)
      throws IOException {
    String origin = input.origin();
    switch (format) {
      case HTML -> {
        String id =
            input.path() == null ? ArticleIds.STDIN : ArticleIds.fromPageFileName(input.path());
        htmlReader.read(origin, id, content, out);
      }
      case FEED -> feedReader.read(origin, content, out);
      default -> {
        String id = input.path() == null ? ArticleIds.STDIN : ArticleIds.fromFileName(input.path());
        textReader.read(origin, id, content, out);
      }
    }
  }

  /** The format named by the file's extension, or the one its first bytes show. */
  private static InputFinder.Format resolve(InputFinder.Format format, ContentSniffer.Head head) {
    return switch (format) {
      case DETECT -> head.looksLikeJson() ? InputFinder.Format.JSONL : byMarkup(head);
      case TEXT_OR_HTML -> byMarkup(head);
      default -> format;
    };
  }

  private static InputFinder.Format byMarkup(ContentSniffer.Head head) {
    if (head.markup() == ContentSniffer.Markup.HTML) {
      return InputFinder.Format.HTML;
    }
    return head.markup().isFeed() ? InputFinder.Format.FEED : InputFinder.Format.TEXT;
  }

  private static void closeQuietly(InputReader reader) {
    try {
      reader.close();
    } catch (IOException e) {
      // the records read so far stand; nothing more was expected from the input
    }
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // nothing was lost: the input had been read or given up already
      }
    }
  }

  /** Standard input belongs to the process, not to this stage: reading it must not close it. */
  private static final class Unclosed extends FilterInputStream {
    Unclosed(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
