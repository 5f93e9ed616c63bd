package org.vigie.cli;

import picocli.CommandLine.Command;

/** {@code vigie eval}: scores of Vigie's output against expected files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score Vigie's output against expected files.",
    subcommands = {EvalExtractionCommand.class})
final class EvalCommand implements Runnable {

  @Override
  public void run() {
    throw new Main.UsageException("eval: name what to score (vigie eval extraction EXPECTED PREDICTED)");
  }
}
