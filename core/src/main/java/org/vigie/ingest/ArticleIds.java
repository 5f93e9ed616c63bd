package org.vigie.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.vigie.model.Article;

/**
 * Document ids for inputs that do not carry one.
 *
 * <ul>
 *   <li>A plain text file: its name without a final {@code .txt} (any case) and without folders.
 *       Only {@code .txt} is removed, and only once: {@code kerry-lavrov.fr.txt} gives {@code
 *       kerry-lavrov.fr}, {@code note.html} stays {@code note.html}, so that a dot inside a name is
 *       never mistaken for an extension and {@code a.txt} and {@code a.html} do not collide.
 *   <li>An HTML file: its name without a final {@code .gz} and then a final {@code .html} or {@code
 *       .htm} ({@code kerry.html.gz} gives {@code kerry}).
 *   <li>A feed item without guid or Atom id, a WARC page: {@code url-} and the hash of its URL as
 *       below, which is also its {@link #storeKey}.
 *   <li>A JSONL record without {@code id}: {@code url-} and the first 16 hex digits of the SHA-256
 *       of its url, or, without url, {@code text-} and those of its full text. The same record gets
 *       the same id on every run and every machine.
 * </ul>
 *
 * <p>The store keys a document by {@link #storeKey}: its URL when it has one (the same page read
 * twice, even from two crawls, is one document), else its text. Ingest and the Spark job use it.
 */
public final class ArticleIds {

  /** The id of the article read from standard input as plain text. */
  static final String STDIN = "stdin";

  private static final int HASH_HEX_DIGITS = 16;

  private ArticleIds() {}

  static String fromFileName(Path path) {
    Path name = path.getFileName();
    String base = name == null ? path.toString() : name.toString();
    boolean txt = base.toLowerCase(Locale.ROOT).endsWith(".txt") && base.length() > 4;
    return txt ? base.substring(0, base.length() - 4) : base;
  }

  static String fromPageFileName(Path path) {
    Path name = path.getFileName();
    String base = name == null ? path.toString() : name.toString();
    base = stripSuffix(base, ".gz");
    String stripped = stripSuffix(base, ".html");
    return stripped.equals(base) ? stripSuffix(base, ".htm") : stripped;
  }

  private static String stripSuffix(String name, String suffix) {
    boolean has =
        name.length() > suffix.length()
            && name.regionMatches(
                true, name.length() - suffix.length(), suffix, 0, suffix.length());
    return has ? name.substring(0, name.length() - suffix.length()) : name;
  }

  /**
   * The store's identity of an article: {@code url-<hash>} or, without URL, {@code text-<hash>}.
   */
  public static String storeKey(Article article) {
    String url = article.url();
    return url != null && !url.isBlank() ? fromUrl(url.strip()) : fromText(article.text());
  }

  static String fromUrl(String url) {
    return "url-" + hash(url);
  }

  static String fromText(String text) {
    return "text-" + hash(text);
  }

  private static String hash(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
