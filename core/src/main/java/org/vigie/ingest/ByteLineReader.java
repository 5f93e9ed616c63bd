package org.vigie.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines before decoding, so that each line can be decoded on its own and
 * no line longer than a limit is ever held in memory.
 */
final class ByteLineReader implements Closeable {

  private static final int BUFFER_BYTES = 64 * 1024;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private int position;
  private int limit;
  private long lineNumber;

  /**
   * A line without its terminator ({@code \n} or {@code \r\n}).
   *
   * @param number 1-based line number
   * @param bytes the line in {@code bytes[0..length)}; empty when {@code tooLong}
   * @param tooLong the line was longer than the limit and was skipped
   */
  record Line(long number, byte[] bytes, int length, boolean tooLong) {}

  ByteLineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The number of the last line returned. */
  long lineNumber() {
    return lineNumber;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    byte[] line = new byte[0];
    int length = 0;
    boolean tooLong = false;
    boolean started = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!started) {
          return null;
        }
        break;
      }
      started = true;
      int newline = indexOfNewline();
      int end = newline < 0 ? limit : newline;
      int count = end - position;
      if (!tooLong && (long) length + count > maxLineBytes) {
        tooLong = true;
        line = new byte[0];
        length = 0;
      }
      if (!tooLong) {
        line = ensureCapacity(line, length + count);
        System.arraycopy(buffer, position, line, length, count);
        length += count;
      }
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    lineNumber++;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return new Line(lineNumber, line, length, tooLong);
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer, 0, buffer.length);
    while (read == 0) {
      read = in.read(buffer, 0, buffer.length);
    }
    position = 0;
    limit = Math.max(read, 0);
    return read > 0;
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private byte[] ensureCapacity(byte[] array, int needed) {
    if (needed <= array.length) {
      return array;
    }
    long grown = Math.max(needed, Math.max(256L, 2L * array.length));
    return Arrays.copyOf(array, (int) Math.min(grown, maxLineBytes));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
