package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.petrarch.CodedEvent;
import org.vigie.petrarch.PetrarchDictionaries;
import org.vigie.petrarch.PetrarchFiles;
import org.vigie.petrarch.Validation;
import org.vigie.petrarch.ValidationFile;
import org.vigie.petrarch.ValidationReader;
import org.vigie.petrarch.ValidationSentence;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.PipelineConfig;
import org.vigie.pipeline.PipelineFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie validate}: codes the sentences of a PETRARCH-2 validation file in English and
 * compares the events with the expected ones. Prints each failure, the counts per category, and
 * last {@code N passed, M failed}; exit code 1 when any sentence failed.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Code the sentences of a PETRARCH-2 validation file (XML) and compare with their expected"
            + " events.")
final class ValidateCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "PETRARCH-2 or UD-PETRARCH validation file.")
  Path file;

  @Option(
      names = "--dictionaries",
      paramLabel = "DIR",
      description =
          "Folder of dictionaries for the pipeline. Default: the folder of those the file's"
              + " <Environment> names.")
  Path dictionaries;

  @Option(
      names = "--verbose",
      description = "Every skipped dictionary line, and stack traces with errors.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file)) {
      throw new Main.UsageException(file + ": no such file");
    }
    ValidationFile vf = ValidationReader.read(file);
    vf.problems().forEach(p -> err.println(p));
    Path folder = dictionaries != null ? dictionaries : dictionaryFolder(vf.dictionaries());
    if (!vf.dictionaries().isEmpty()) {
      report(err, PetrarchDictionaries.load(vf.dictionaries()));
    }
    Pipeline pipeline = PipelineFactory.create(new PipelineConfig(folder, false));
    if (!pipeline.languages().contains("en")) {
      err.println(
          "vigie: this pipeline codes "
              + pipeline.languages()
              + ", not English: the sentences cannot be coded");
    }
    Validation.Result result = Validation.run(vf, s -> code(pipeline, s));
    for (Validation.Outcome o : result.outcomes()) {
      if (!o.passed()) {
        ValidationSentence s = o.sentence();
        out.println(
            "FAIL "
                + s.id()
                + " ("
                + s.origin()
                + "): expected "
                + show(s.expected())
                + " got "
                + (o.error() != null ? "error: " + o.error() : show(o.got())));
      }
    }
    result
        .byCategory()
        .forEach(
            (category, counts) ->
                out.println(
                    "category "
                        + (category.isEmpty() ? "(none)" : category)
                        + ": "
                        + counts[0]
                        + " passed, "
                        + counts[1]
                        + " failed"));
    if (result.notSelected() > 0) {
      out.println("not evaluated: " + result.notSelected());
    }
    out.println(result.passed() + " passed, " + result.failed() + " failed");
    out.flush();
    return result.failed() == 0 ? Main.OK : Main.SOME_FAILED;
  }

  private static Set<CodedEvent> code(Pipeline pipeline, ValidationSentence s) {
    Article a = new Article(s.id(), null, null, s.date(), "en", s.text(), s.origin().toString());
    Set<CodedEvent> got = new HashSet<>();
    for (Event e : pipeline.process(a).events()) {
      got.add(new CodedEvent(e.source().code(), e.target().code(), e.code()));
    }
    return got;
  }

  private void report(PrintWriter err, PetrarchDictionaries d) {
    d.report().summary().forEach(line -> err.println("dictionaries: " + line));
    if (verbose) {
      d.report().skipped().forEach(i -> err.println(i));
      d.report().notRepresentable().forEach(i -> err.println(i + " (not representable)"));
    }
  }

  /** The folder of the first dictionary the file names, or null for the bundled ones. */
  private static Path dictionaryFolder(PetrarchFiles files) {
    for (List<Path> list : List.of(files.verbs(), files.actors(), files.agents())) {
      if (!list.isEmpty()) {
        return list.get(0).getParent();
      }
    }
    return null;
  }

  private static String show(Set<CodedEvent> events) {
    return events.isEmpty()
        ? "[no event]"
        : events.stream()
            .map(CodedEvent::toString)
            .sorted()
            .collect(Collectors.joining(", ", "[", "]"));
  }
}
