package org.vigie.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a person watches standard error: progress is drawn only then. */
final class Terminal {

  private Terminal() {}

  /**
   * True when standard error is a terminal and the terminal can redraw a line. On Linux the
   * descriptor's target is looked at ({@code /dev/pts/N}, {@code /dev/ttyN}); elsewhere the JVM's
   * console stands in for it (it needs standard input and output on the terminal too).
   */
  static boolean stderrIsInteractive() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return System.console() != null;
      }
    }
    return System.console() != null;
  }
}
