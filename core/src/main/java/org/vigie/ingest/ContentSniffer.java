package org.vigie.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Looks at the first bytes of an input before it is decoded: byte order marks, binary content,
 * whether it starts like JSON, and which markup its first element announces (HTML, RSS, Atom). The
 * bytes looked at are given back through {@link Head#content()}, so the input is read once, which
 * matters for standard input.
 */
final class ContentSniffer {

  /** How much of an input is inspected, as git does to tell binary from text. */
  static final int SAMPLE_BYTES = 8192;

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private ContentSniffer() {}

  /** What the first bytes say about an input. */
  enum Kind {
    TEXT,
    /** NUL bytes or control characters, as in images, archives, office documents. */
    BINARY,
    /** A UTF-16 byte order mark: text, but not in an encoding this stage reads. */
    UTF16
  }

  /** The markup an input's first element announces, after any XML declaration and comments. */
  enum Markup {
    /** Not markup, or an element this stage does not read (a sitemap, an SVG...). */
    NONE,
    /** {@code <!DOCTYPE html>}, {@code <html>}, {@code <head>} or {@code <body>}. */
    HTML,
    /** {@code <rss>} (RSS 0.9x, 2.0) or {@code <rdf:RDF>} (RSS 1.0). */
    RSS,
    /** {@code <feed>}. */
    ATOM;

    boolean isFeed() {
      return this == RSS || this == ATOM;
    }
  }

  /**
   * @param kind what the sample looks like
   * @param looksLikeJson the first non-blank byte is {@code {}
   * @param hasJsonLine some line of the sample starts (after blanks) with {@code {}: a JSONL file
   *     with binary garbage in some lines is still worth reading line by line
   * @param markup the markup announced by the first element
   * @param content the whole input from its start, without a UTF-8 byte order mark
   */
  record Head(
      Kind kind, boolean looksLikeJson, boolean hasJsonLine, Markup markup, InputStream content) {}

  static Head sniff(InputStream in) throws IOException {
    byte[] sample = in.readNBytes(SAMPLE_BYTES);
    int start = startsWith(sample, UTF8_BOM) ? UTF8_BOM.length : 0;
    InputStream content =
        new SequenceInputStream(new ByteArrayInputStream(sample, start, sample.length - start), in);
    return new Head(
        kind(sample, start),
        looksLikeJson(sample, start),
        hasJsonLine(sample, start),
        markup(sample, start),
        content);
  }

  /**
   * Skips blanks, XML declarations, processing instructions, comments and non-HTML doctypes, then
   * names the first element. The sample is read as Latin-1: only ASCII names matter here.
   */
  static Markup markup(byte[] sample, int start) {
    String head =
        new String(sample, start, sample.length - start, StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    int i = 0;
    while (true) {
      while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
        i++;
      }
      if (!head.startsWith("<", i)) {
        return Markup.NONE;
      }
      if (head.startsWith("<!doctype", i)) {
        String rest = head.substring(i + "<!doctype".length()).stripLeading();
        if (rest.startsWith("html")) {
          return Markup.HTML;
        }
        i = skipPast(head, i, ">");
      } else if (head.startsWith("<?", i)) {
        i = skipPast(head, i, "?>");
      } else if (head.startsWith("<!--", i)) {
        i = skipPast(head, i, "-->");
      } else {
        return markupOf(elementName(head, i + 1));
      }
      if (i < 0) {
        return Markup.NONE;
      }
    }
  }

  private static int skipPast(String text, int from, String end) {
    int at = text.indexOf(end, from);
    return at < 0 ? -1 : at + end.length();
  }

  private static String elementName(String text, int from) {
    int end = from;
    while (end < text.length()
        && (Character.isLetterOrDigit(text.charAt(end)) || ":_-.".indexOf(text.charAt(end)) >= 0)) {
      end++;
    }
    return text.substring(from, end);
  }

  private static Markup markupOf(String element) {
    return switch (element) {
      case "html", "head", "body" -> Markup.HTML;
      case "rss", "rdf:rdf" -> Markup.RSS;
      case "feed" -> Markup.ATOM;
      default -> Markup.NONE;
    };
  }

  private static Kind kind(byte[] sample, int start) {
    if (sample.length >= 2
        && ((sample[0] == (byte) 0xFF && sample[1] == (byte) 0xFE)
            || (sample[0] == (byte) 0xFE && sample[1] == (byte) 0xFF))) {
      return Kind.UTF16;
    }
    int length = sample.length - start;
    int nul = 0;
    int control = 0;
    for (int i = start; i < sample.length; i++) {
      int b = sample[i] & 0xFF;
      if (b == 0) {
        nul++;
      }
      if (isBinaryControl(b)) {
        control++;
      }
    }
    // Text has no NUL and almost no control characters; random bytes have about 11%.
    boolean manyNuls = nul > 0 && nul * 100L >= length; // 1% or more
    boolean manyControls = control > 0 && control * 20L >= length; // 5% or more
    return manyNuls || manyControls ? Kind.BINARY : Kind.TEXT;
  }

  /** C0 controls other than tab, line feed, form feed, carriage return and escape; and DEL. */
  private static boolean isBinaryControl(int b) {
    return b < 0x09 || b == 0x0B || (b >= 0x0E && b < 0x20 && b != 0x1B) || b == 0x7F;
  }

  private static boolean looksLikeJson(byte[] sample, int start) {
    for (int i = start; i < sample.length; i++) {
      byte b = sample[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return b == '{';
      }
    }
    return false;
  }

  private static boolean hasJsonLine(byte[] sample, int start) {
    for (int i = start; i < sample.length; i++) {
      if ((i == start || sample[i - 1] == '\n') && looksLikeJson(sample, i, sample.length)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the first byte in {@code [from, end)} that is not a blank on its line is {@code {}. */
  private static boolean looksLikeJson(byte[] sample, int from, int end) {
    for (int i = from; i < end; i++) {
      byte b = sample[i];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
        return b == '{';
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
