package org.vigie.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Byte-level damage of the kinds real files suffer: cut short, bytes flipped, spans lost or
 * repeated, bits of other files spliced in, invalid UTF-8, stray markup and JSON punctuation,
 * elements nested thousands deep.
 */
final class Mutations {

  private static final List<byte[]> TOKENS =
      List.of(
          bytes("<"),
          bytes(">"),
          bytes("</p>"),
          bytes("<div>"),
          bytes("</item>"),
          bytes("<item>"),
          bytes("</entry>"),
          bytes("<![CDATA["),
          bytes("]]>"),
          bytes("<!--"),
          bytes("-->"),
          bytes("&"),
          bytes("&#x"),
          bytes("&amp;"),
          bytes("&#0;"),
          bytes("\""),
          bytes("'"),
          bytes("{"),
          bytes("}"),
          bytes("["),
          bytes("]"),
          bytes(":"),
          bytes(","),
          bytes("\\u"),
          bytes("\\"),
          bytes("\r\n"),
          bytes("\n"),
          bytes("\r\n\r\n"),
          bytes("WARC/1.0\r\n"),
          bytes("Content-Length: 99999\r\n"),
          bytes("Content-Length: -1\r\n"),
          bytes("<?xml version=\"1.0\" encoding=\"bogus\"?>"),
          bytes("<!DOCTYPE x [<!ENTITY e \"x\">]>"),
          bytes("é"),
          bytes("\uD83D\uDE00"),
          bytes("\u00A0"),
          new byte[] {(byte) 0xC3, 0x28},
          new byte[] {(byte) 0xF0, 0x28, (byte) 0x8C},
          new byte[] {(byte) 0x80},
          new byte[] {(byte) 0xFF, (byte) 0xFE},
          new byte[] {0},
          new byte[] {0x1f, (byte) 0x8b, 0x08},
          new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

  private Mutations() {}

  /** One to four random mutations of {@code input}; {@code donors} give spans to splice in. */
  static byte[] mutate(byte[] input, List<byte[]> donors, SplittableRandom random) {
    byte[] result = input;
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      result = mutateOnce(result, donors, random);
    }
    return result;
  }

  private static byte[] mutateOnce(byte[] in, List<byte[]> donors, SplittableRandom random) {
    int at = in.length == 0 ? 0 : random.nextInt(in.length + 1);
    return switch (random.nextInt(12)) {
      case 0 -> Arrays.copyOf(in, at); // truncated
      case 1 -> flip(in, random);
      case 2 -> delete(in, at, random); // a span lost
      case 3 -> insert(in, at, span(in, random)); // repeat a span
      case 4 -> insert(in, at, randomBytes(random, 1 + random.nextInt(32)));
      case 5 -> insert(in, at, TOKENS.get(random.nextInt(TOKENS.size())));
      case 6 ->
          insert(
              in,
              at,
              span(donors.isEmpty() ? in : donors.get(random.nextInt(donors.size())), random));
      case 7 -> insert(in, at, bytes("<div>".repeat(1 + random.nextInt(1500))));
      default -> insert(in, at, TOKENS.get(random.nextInt(TOKENS.size())));
    };
  }

  private static byte[] flip(byte[] in, SplittableRandom random) {
    if (in.length == 0) {
      return in;
    }
    byte[] out = in.clone();
    int flips = 1 + random.nextInt(8);
    for (int i = 0; i < flips; i++) {
      out[random.nextInt(out.length)] ^= (byte) (1 + random.nextInt(255));
    }
    return out;
  }

  /** Deletes up to 64 bytes at {@code at}. */
  private static byte[] delete(byte[] in, int at, SplittableRandom random) {
    int end = Math.min(in.length, at + 1 + random.nextInt(64));
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, Math.min(at, in.length));
    out.write(in, end, in.length - end);
    return out.toByteArray();
  }

  private static byte[] span(byte[] in, SplittableRandom random) {
    if (in.length == 0) {
      return in;
    }
    int from = random.nextInt(in.length);
    return Arrays.copyOfRange(in, from, Math.min(in.length, from + 1 + random.nextInt(200)));
  }

  static byte[] insert(byte[] in, int at, byte[] piece) {
    int where = Math.min(at, in.length);
    byte[] out = new byte[in.length + piece.length];
    System.arraycopy(in, 0, out, 0, where);
    System.arraycopy(piece, 0, out, where, piece.length);
    System.arraycopy(in, where, out, where + piece.length, in.length - where);
    return out;
  }

  static byte[] randomBytes(SplittableRandom random, int length) {
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = (byte) random.nextInt(256);
    }
    return out;
  }

  static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }
}
