package org.vigie.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Finds where a WARC record may start after a corrupt one: the magic bytes of the next gzip member
 * in a compressed file, the next line starting {@code WARC/} in a plain one. A candidate is only a
 * place to try; the caller checks that a record really parses there.
 */
final class RecordStarts {

  private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC_LINE = {'W', 'A', 'R', 'C', '/'};
  private static final int BUFFER_BYTES = 64 * 1024;

  private RecordStarts() {}

  /** The offset of the next gzip member header at or after {@code from}, or -1. */
  static long nextGzipMember(FileChannel channel, long from) throws IOException {
    return find(channel, from, GZIP_MEMBER, false);
  }

  /** The offset of the next {@code WARC/} at the start of a line, at or after {@code from}, or -1. */
  static long nextWarcLine(FileChannel channel, long from) throws IOException {
    return find(channel, from, WARC_LINE, true);
  }

  private static long find(FileChannel channel, long from, byte[] pattern, boolean atLineStart)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
    long bufferStart = Math.max(from, 0);
    long size = channel.size();
    while (bufferStart < size) {
      buffer.clear();
      // Read one byte before the window so a line start can be checked at its first position.
      long readFrom = Math.max(bufferStart - 1, 0);
      int read = channel.read(buffer, readFrom);
      if (read <= 0) {
        return -1;
      }
      byte[] bytes = buffer.array();
      int first = (int) (bufferStart - readFrom);
      for (int i = first; i + pattern.length <= read; i++) {
        if (matches(bytes, i, pattern)
            && (!atLineStart || readFrom + i == 0 || bytes[i - 1] == '\n')) {
          return readFrom + i;
        }
      }
      if (readFrom + read >= size) {
        return -1;
      }
      // Overlap by the pattern's length so a match across two windows is not missed.
      bufferStart = readFrom + read - pattern.length + 1;
    }
    return -1;
  }

  private static boolean matches(byte[] bytes, int at, byte[] pattern) {
    for (int j = 0; j < pattern.length; j++) {
      if (bytes[at + j] != pattern[j]) {
        return false;
      }
    }
    return true;
  }
}
