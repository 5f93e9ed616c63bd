package org.vigie.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Turns what the caller named into inputs to read: {@code -} is standard input, a folder is walked,
 * anything else is a file to open (whether it can be is found out when opening it).
 *
 * <p>A walk follows symbolic links, visits sub-folders, keeps the files whose name ends (any case)
 * with one of {@link #READABLE_EXTENSIONS} and skips hidden files and folders (names starting with
 * a dot, such as {@code .git} or macOS {@code ._} files). It yields its files in path order, so
 * that a batch is read in the same order on every machine.
 */
final class InputFinder {

  static final String STDIN = "-";
  static final String STDIN_ORIGIN = "<stdin>";

  /** The file names a folder walk keeps, and the formats they are read as. */
  static final List<String> READABLE_EXTENSIONS =
      List.of(
          ".txt",
          ".jsonl",
          ".html",
          ".htm",
          ".html.gz",
          ".htm.gz",
          ".rss",
          ".atom",
          ".xml",
          ".warc",
          ".warc.gz");

  private InputFinder() {}

  /** How an input is to be read. */
  enum Format {
    /** One plain text article ({@code *.txt}). */
    TEXT,
    /** One HTML page if its first element says so, else one plain text article. */
    TEXT_OR_HTML,
    /** One article per line. */
    JSONL,
    /** One HTML page, gzip-compressed when the name ends with {@code .gz}. */
    HTML,
    /** An RSS or Atom feed ({@code *.rss}, {@code *.atom}, {@code *.xml}). */
    FEED,
    /** A WARC file, whole or gzip-compressed record by record. */
    WARC,
    /**
     * Standard input: JSONL if the first non-blank character is {@code {}, an HTML page or a
     * feed if its first element says so, else text.
     */
    DETECT
  }

  /**
   * @param path the file, null for standard input
   * @param origin the name used in messages and in {@link org.vigie.model.Article#origin()}
   */
  record Input(Path path, String origin, Format format) {

    static Input stdin() {
      return new Input(null, STDIN_ORIGIN, Format.DETECT);
    }
  }

  static List<Input> find(String name, Consumer<ReadResult> issues) {
    if (name.equals(STDIN)) {
      return List.of(Input.stdin());
    }
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      issues.accept(ReadIssue.error(name, 0, "not a valid path: " + e.getReason()));
      return List.of();
    }
    if (!Files.isDirectory(path)) {
      return List.of(new Input(path, name, formatOf(path)));
    }
    return walk(path, issues);
  }

  private static List<Input> walk(Path root, Consumer<ReadResult> issues) {
    List<Path> found = new ArrayList<>();
    try {
      Collector collector = new Collector(root, found, issues);
      Files.walkFileTree(
          root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, collector);
    } catch (IOException e) {
      issues.accept(
          ReadIssue.error(root.toString(), 0, "cannot read folder: " + IoFailures.describe(e)));
    }
    if (found.isEmpty()) {
      issues.accept(ReadIssue.warning(root.toString(), 0, "no file to read in folder"));
    }
    found.sort(Comparator.naturalOrder());
    return found.stream().map(p -> new Input(p, p.toString(), formatOf(p))).toList();
  }

  static Format formatOf(Path path) {
    String name = lowerName(path);
    if (name.endsWith(".jsonl")) {
      return Format.JSONL;
    }
    if (name.endsWith(".txt")) {
      return Format.TEXT;
    }
    if (endsWithAny(name, ".html", ".htm", ".html.gz", ".htm.gz")) {
      return Format.HTML;
    }
    if (endsWithAny(name, ".rss", ".atom", ".xml")) {
      return Format.FEED;
    }
    if (endsWithAny(name, ".warc", ".warc.gz")) {
      return Format.WARC;
    }
    return Format.TEXT_OR_HTML;
  }

  /** Whether the file is gzip-compressed as a whole ({@code page.html.gz}). */
  static boolean isGzipped(Path path) {
    return path != null && lowerName(path).endsWith(".gz");
  }

  private static boolean endsWithAny(String name, String... suffixes) {
    for (String suffix : suffixes) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        return true;
      }
    }
    return false;
  }

  private static String lowerName(Path path) {
    Path name = path.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }

  /** Collects the files a walk keeps and reports the folders and files it cannot visit. */
  private static final class Collector extends SimpleFileVisitor<Path> {
    private final Path root;
    private final List<Path> found;
    private final Consumer<ReadResult> issues;

    Collector(Path root, List<Path> found, Consumer<ReadResult> issues) {
      this.root = root;
      this.found = found;
      this.issues = issues;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      return !dir.equals(root) && isHidden(dir)
          ? FileVisitResult.SKIP_SUBTREE
          : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      String name = lowerName(file);
      if (attrs.isRegularFile()
          && !isHidden(file)
          && endsWithAny(name, READABLE_EXTENSIONS.toArray(String[]::new))) {
        found.add(file);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (e instanceof FileSystemLoopException) {
        issues.accept(ReadIssue.warning(file.toString(), 0, "folder link loop, not followed"));
      } else {
        issues.accept(
            ReadIssue.error(file.toString(), 0, "cannot read: " + IoFailures.describe(e)));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        issues.accept(
            ReadIssue.error(dir.toString(), 0, "cannot list folder: " + IoFailures.describe(e)));
      }
      return FileVisitResult.CONTINUE;
    }

    private static boolean isHidden(Path path) {
      return lowerName(path).startsWith(".");
    }
  }
}
