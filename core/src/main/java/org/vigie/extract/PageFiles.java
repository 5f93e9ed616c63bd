package org.vigie.extract;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * HTML pages on disk: folders are walked (sub-folders too, hidden entries skipped, path order)
 * for {@code .html}, {@code .htm} and {@code .xhtml} files, gzipped or not; a file named
 * explicitly is taken whatever its name. A page's id is its file name without {@code .gz},
 * {@code .html}, {@code .htm} and {@code .xhtml}.
 */
public final class PageFiles {

  /** Pages above this size on disk (after gunzip) are read only up to it. */
  public static final int MAX_BYTES = 64 << 20;

  private PageFiles() {}

  /** The pages under {@code path}: itself when a file, its HTML files when a folder. */
  public static List<Path> find(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(path)) {
      walk.filter(p -> !hidden(path.relativize(p)) && Files.isRegularFile(p) && isPage(p)).sorted().forEach(out::add);
    }
    return out;
  }

  /** Whether a file's name says it is an HTML page. */
  public static boolean isPage(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
  }

  /** "a/b/page.html.gz" → "page". */
  public static String id(Path p) {
    String n = p.getFileName().toString();
    for (String ext : List.of(".gz", ".html", ".htm", ".xhtml")) {
      if (n.toLowerCase(Locale.ROOT).endsWith(ext)) {
        n = n.substring(0, n.length() - ext.length());
      }
    }
    return n;
  }

  /** The bytes of a page, gunzipped when the file is gzip (by its magic bytes). */
  public static byte[] read(Path p) throws IOException {
    try (InputStream raw = Files.newInputStream(p)) {
      return read(raw);
    }
  }

  /** The bytes of a page from a stream, gunzipped when gzip. */
  public static byte[] read(InputStream raw) throws IOException {
    InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      in = new GZIPInputStream(in);
    }
    return in.readNBytes(MAX_BYTES);
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
