package org.vigie.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** WARC records assembled by hand, so that tests can also write broken ones. */
public final class WarcBytes {

  private WarcBytes() {}

  /** A {@code response} record holding an HTTP response. */
  static byte[] response(String uri, String date, int status, String contentType, String body) {
    String http =
        "HTTP/1.1 "
            + status
            + " X\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + body.getBytes(UTF_8).length
            + "\r\n\r\n"
            + body;
    return record(
        "response", uri, date, "application/http; msgtype=response", http.getBytes(UTF_8));
  }

  /** An HTML page answered with 200. */
  public static byte[] page(String uri, String html) {
    return response(uri, "2014-03-05T10:00:00Z", 200, "text/html; charset=utf-8", html);
  }

  static byte[] record(String type, String uri, String date, String contentType, byte[] block) {
    String header =
        "WARC/1.0\r\nWARC-Type: "
            + type
            + "\r\nWARC-Record-ID: <urn:uuid:"
            + java.util.UUID.nameUUIDFromBytes(block)
            + ">\r\nWARC-Date: "
            + date
            + "\r\nWARC-Target-URI: "
            + uri
            + "\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + block.length
            + "\r\n\r\n";
    return concat(header.getBytes(UTF_8), block, "\r\n\r\n".getBytes(UTF_8));
  }

  /** Each record compressed as its own gzip member, as crawlers write {@code .warc.gz}. */
  public static byte[] gzipEach(byte[]... records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] record : records) {
      out.writeBytes(gzip(record));
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** A news page with a title, a canonical address, a language and two paragraphs. */
  static String article(String title, String canonical, String lang, String sentence) {
    String link = canonical == null ? "" : "<link rel=\"canonical\" href=\"" + canonical + "\">";
    return "<!DOCTYPE html><html lang=\""
        + lang
        + "\"><head><title>"
        + title
        + "</title>"
        + link
        + "</head><body><nav>Accueil</nav><article><h1>"
        + title
        + "</h1><p>"
        + sentence
        + "</p><p>Les discussions reprendront demain.</p></article></body></html>";
  }
}
