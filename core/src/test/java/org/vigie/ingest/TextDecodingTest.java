package org.vigie.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextDecodingTest {

  private static TextDecoding.Decoded decode(byte[] bytes) {
    return TextDecoding.decode(bytes, bytes.length);
  }

  @Test
  void validUtf8IsKept() {
    TextDecoding.Decoded decoded = decode("Sergueï Lavrov à Genève 😀".getBytes(UTF_8));

    assertEquals("Sergueï Lavrov à Genève 😀", decoded.text());
    assertFalse(decoded.fallback());
  }

  @Test
  void latin1IsReadAsWindows1252() {
    TextDecoding.Decoded decoded = decode(new byte[] {'d', (byte) 0xE9, 'j', (byte) 0xE0});

    assertEquals("déjà", decoded.text());
    assertTrue(decoded.fallback());
  }

  @Test
  void boundaryNeverCutsASequence() {
    byte[] bytes = "aé€😀".getBytes(UTF_8); // 1 + 2 + 3 + 4 bytes
    assertEquals(10, TextDecoding.utf8Boundary(bytes, 10));
    assertEquals(6, TextDecoding.utf8Boundary(bytes, 9));
    assertEquals(6, TextDecoding.utf8Boundary(bytes, 7));
    assertEquals(6, TextDecoding.utf8Boundary(bytes, 6));
    assertEquals(3, TextDecoding.utf8Boundary(bytes, 5));
    assertEquals(1, TextDecoding.utf8Boundary(bytes, 2));
    assertEquals(0, TextDecoding.utf8Boundary(bytes, 0));
  }

  @Test
  void truncationKeepsSurrogatePairsWhole() {
    assertEquals("ab", TextDecoding.truncate("ab😀", 3));
    assertEquals("ab😀", TextDecoding.truncate("ab😀c", 4));
    assertEquals("court", TextDecoding.truncate("court", 10));
  }
}
