package org.vigie.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The job's entry point, for {@code spark-submit --class org.vigie.spark.CodeJob} and for
 * {@code ./vigie spark}. Exit codes as the {@code vigie} command: 0 all coded, 1 some records
 * failed (see {@code errors/}), 2 usage error. The summary goes to stderr, as every diagnostic.
 */
@Command(name = "vigie spark", mixinStandardHelpOptions = true,
    description = "Code articles into CAMEO events on Apache Spark; writes documents/, events/, errors/ and "
        + "aggregates/ as Parquet under --output.")
public final class CodeJob implements Callable<Integer> {

  @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
      description = "Input files, folders or globs (local, hdfs://, s3a://...).")
  List<String> inputs;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder.")
  String output;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|parquet",
      description = "Input format. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--dictionaries", paramLabel = "DIR",
      description = "Dictionaries replacing the bundled ones, shipped to the executors with the job.")
  String dictionaries;

  @Option(names = "--dictionaries-add", paramLabel = "DIR",
      description = "Dictionaries extending the bundled ones (PETRARCH-2, English), shipped with the job.")
  String addDictionaries;

  @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
      description = "Partitions the articles are coded in. Default: three per executor core.")
  int partitions;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master when not run by spark-submit. Default: local[*], this machine's cores.")
  String master;

  @Option(names = "--overwrite", description = "Replace the outputs of an earlier run in --output.")
  boolean overwrite;

  @Option(names = "--verbose", description = "Stack traces on errors.")
  boolean verbose;

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new CodeJob());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("vigie spark: " + e.getMessage());
      if (parsed.hasMatchedOption("--verbose")) {
        e.printStackTrace(cmd.getErr());
      }
      return e instanceof IllegalArgumentException ? 2 : 1;
    });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    JobOptions options = new JobOptions(inputs, output, format(), dictionaries, addDictionaries, partitions,
        overwrite);
    SparkSession.Builder builder = SparkSession.builder().appName("vigie-code");
    if (master != null) {
      builder.master(master);
    } else if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      JobSummary s = new CodeRun(spark, options).run();
      PrintWriter err = spec.commandLine().getErr();
      err.printf(Locale.ROOT, "vigie spark: %d documents, %d events, %d errors in %.1f s (%.2f documents/s) -> %s%n",
          s.documents(), s.events(), s.errors(), s.seconds(), s.documentsPerSecond(), output);
      err.flush();
      return s.errors() == 0 ? 0 : 1;
    } finally {
      spark.stop();
    }
  }

  private JobOptions.Format format() {
    try {
      return JobOptions.Format.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format: expected jsonl or parquet, not '" + format + "'");
    }
  }
}
