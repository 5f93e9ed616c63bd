package org.vigie.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Finds where a WARC record may start after a corrupt one: the magic bytes of the next gzip member
 * in a compressed file, the next {@code WARC/1.} in a plain one (not only at a line start: the
 * damaged record before it may have lost its last line break). A candidate is only a place to try;
 * the caller checks that a record really parses there.
 */
final class RecordStarts {

  private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC_VERSION = {'W', 'A', 'R', 'C', '/', '1', '.'};
  private static final int BUFFER_BYTES = 64 * 1024;

  private RecordStarts() {}

  /** The offset of the next gzip member header at or after {@code from}, or -1. */
  static long nextGzipMember(FileChannel channel, long from) throws IOException {
    return find(channel, from, GZIP_MEMBER);
  }

  /** The offset of the next {@code WARC/1.} at or after {@code from}, or -1. */
  static long nextWarcVersion(FileChannel channel, long from) throws IOException {
    return find(channel, from, WARC_VERSION);
  }

  private static long find(FileChannel channel, long from, byte[] pattern) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
    long start = Math.max(from, 0);
    long size = channel.size();
    while (start < size) {
      buffer.clear();
      int read = channel.read(buffer, start);
      if (read <= 0) {
        return -1;
      }
      byte[] bytes = buffer.array();
      for (int i = 0; i + pattern.length <= read; i++) {
        if (matches(bytes, i, pattern)) {
          return start + i;
        }
      }
      if (start + read >= size) {
        return -1;
      }
      // Overlap by the pattern's length so a match across two windows is not missed.
      start += Math.max(1, read - pattern.length + 1);
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
