package org.vigie.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

  private static ContentSniffer.Head sniff(byte[] bytes) throws IOException {
    return ContentSniffer.sniff(new ByteArrayInputStream(bytes));
  }

  private static ContentSniffer.Kind kind(String text) throws IOException {
    return sniff(text.getBytes(UTF_8)).kind();
  }

  @Test
  void proseIsText() throws IOException {
    assertEquals(ContentSniffer.Kind.TEXT, kind("Le Kremlin a démenti.\r\n\tTab\f\n"));
  }

  @Test
  void aFewNulsAmongTextMakeItBinary() throws IOException {
    assertEquals(ContentSniffer.Kind.BINARY, kind("abc\0\0def\0" + "x".repeat(200)));
  }

  @Test
  void oneStrayNulInALongTextDoesNot() throws IOException {
    assertEquals(ContentSniffer.Kind.TEXT, kind("x".repeat(8000) + "\0"));
  }

  @Test
  void randomBytesAreBinary() throws IOException {
    byte[] noise = new byte[20_000];
    new Random(42).nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = noise[i] == 0 ? 1 : noise[i]; // binary by control characters alone
    }
    assertEquals(ContentSniffer.Kind.BINARY, sniff(noise).kind());
  }

  @Test
  void emptyInputIsText() throws IOException {
    assertEquals(ContentSniffer.Kind.TEXT, kind(""));
  }

  @Test
  void utf16ByteOrderMarksAreRecognised() throws IOException {
    assertEquals(
        ContentSniffer.Kind.UTF16, sniff(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}).kind());
    assertEquals(
        ContentSniffer.Kind.UTF16, sniff(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}).kind());
  }

  @Test
  void contentIsGivenBackWholeWithoutTheUtf8Mark() throws IOException {
    byte[] body = "é".repeat(10_000).getBytes(UTF_8); // longer than the sample
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);

    assertArrayEquals(body, sniff(withBom).content().readAllBytes());
  }

  @Test
  void firstNonBlankBraceLooksLikeJson() throws IOException {
    assertTrue(sniff(" \r\n\t{\"text\":\"x\"}".getBytes(UTF_8)).looksLikeJson());
    assertTrue(sniff(("\uFEFF{}").getBytes(UTF_8)).looksLikeJson());
    assertFalse(sniff("Texte {entre accolades}".getBytes(UTF_8)).looksLikeJson());
    assertFalse(sniff("[{\"text\":\"x\"}]".getBytes(UTF_8)).looksLikeJson());
    assertFalse(sniff(new byte[0]).looksLikeJson());
  }

  @Test
  void sampleIsBounded() throws IOException {
    byte[] text = new byte[ContentSniffer.SAMPLE_BYTES * 3];
    Arrays.fill(text, (byte) 'a');
    Arrays.fill(text, ContentSniffer.SAMPLE_BYTES, text.length, (byte) 0); // NULs after the sample

    assertEquals(ContentSniffer.Kind.TEXT, sniff(text).kind());
  }

  private static ContentSniffer.Markup markup(String text) throws IOException {
    return sniff(text.getBytes(UTF_8)).markup();
  }

  @Test
  void theFirstElementNamesTheMarkup() throws IOException {
    assertEquals(ContentSniffer.Markup.HTML, markup("\n<!DOCTYPE html>\n<html lang=fr>"));
    assertEquals(ContentSniffer.Markup.HTML, markup("<!-- saved page --><HTML><body>"));
    assertEquals(ContentSniffer.Markup.RSS, markup("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"));
    assertEquals(ContentSniffer.Markup.RSS, markup("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">"));
    assertEquals(
        ContentSniffer.Markup.ATOM,
        markup("<?xml version=\"1.0\"?><?xml-stylesheet href=\"a\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"));
    assertEquals(ContentSniffer.Markup.NONE, markup("<?xml version=\"1.0\"?><urlset>"));
    assertEquals(ContentSniffer.Markup.NONE, markup("Texte avec <b>balise</b>"));
    assertEquals(ContentSniffer.Markup.NONE, markup("<!-- never closed"));
  }
}
