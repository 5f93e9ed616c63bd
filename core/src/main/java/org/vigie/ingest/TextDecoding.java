package org.vigie.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: UTF-8 when the bytes are valid UTF-8, else Windows-1252, the usual encoding of
 * older French and English Windows files (a superset of Latin-1 for printable characters).
 */
final class TextDecoding {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /**
   * @param text the decoded text
   * @param fallback true when the bytes were not valid UTF-8 and were read as Windows-1252
   */
  record Decoded(String text, boolean fallback) {}

  static Decoded decode(byte[] bytes, int length) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, 0, length))
              .toString();
      return new Decoded(text, false);
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, 0, length, WINDOWS_1252), true);
    }
  }

  /**
   * The largest length not above {@code length} that does not cut a UTF-8 sequence in two, for
   * input read only up to a limit. Bytes that are not UTF-8 are left to the decoder.
   */
  static int utf8Boundary(byte[] bytes, int length) {
    int i = length;
    // Step back over at most three continuation bytes (10xxxxxx) to the sequence's lead byte.
    while (i > 0 && length - i < 3 && (bytes[i - 1] & 0xC0) == 0x80) {
      i--;
    }
    if (i == 0) {
      return length;
    }
    int lead = bytes[i - 1] & 0xFF;
    int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return length - (i - 1) < needed ? i - 1 : length;
  }

  /** The first {@code max} characters, without leaving half of a surrogate pair at the end. */
  static String truncate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }
}
