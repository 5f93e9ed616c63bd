package org.vigie.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.vigie.dictionary.DictionaryException;
import org.vigie.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code vigie}: the command line. Exit codes: 0 all good, 1 some records failed, 2 usage or
 * configuration error, or a store that cannot be opened or written. Errors are one line on stderr; {@code --verbose} adds the stack trace.
 */
@Command(
    name = "vigie",
    mixinStandardHelpOptions = true,
    version = "vigie 0.1.0",
    description = "Political event coding (CAMEO) from French and English news.",
    subcommands = {CodeCommand.class, CleanCommand.class, DemoCommand.class, IngestCommand.class, SearchCommand.class,
        ExportCommand.class, ServeCommand.class, ExtractCommand.class, EvalCommand.class, BenchCommand.class,
        ValidateCommand.class})
public final class Main implements Runnable {

  public static final int OK = 0;
  public static final int SOME_FAILED = 1;
  public static final int USAGE = 2;

  public static void main(String[] args) {
    int code = run(args);
    System.out.flush();
    System.exit(code);
  }

  /** Runs the command line and returns its exit code (tests call this). */
  public static int run(String... args) {
    return run(new PrintWriter(utf8(FileDescriptor.out), true), new PrintWriter(utf8(FileDescriptor.err), true), args);
  }

  /** Runs the command line writing to {@code out} and {@code err}. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      boolean verbose = parsed.hasMatchedOption("--verbose");
      if (e instanceof DictionaryException || e instanceof UsageException || e instanceof StoreException) {
        cmd.getErr().println("vigie: " + e.getMessage());
        return USAGE;
      }
      cmd.getErr().println("vigie: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      if (verbose) {
        e.printStackTrace(cmd.getErr());
      }
      return SOME_FAILED;
    });
    return cli.execute(args);
  }

  static PrintStream utf8(FileDescriptor fd) {
    return new PrintStream(new FileOutputStream(fd), false, StandardCharsets.UTF_8);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  /** A configuration problem the user must fix: exit code 2. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}
