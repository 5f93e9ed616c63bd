package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.extract.ExtractedPage;
import org.vigie.extract.HtmlExtractor;
import org.vigie.extract.PageFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie extract}: the article of each HTML page, as one JSON object per page on stdout
 * ({@code id, url, title, date, author, lang, text}); warnings go to stderr as {@code file:
 * warning}.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract the article (text and metadata) from HTML pages: one JSON object per page.")
final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "HTML files (.html, .htm, gzipped or not) or folders of them; - for one page on stdin.")
  List<String> files;

  @Option(names = "--verbose", description = "Stack traces with errors.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    HtmlExtractor extractor = new HtmlExtractor();
    ObjectMapper json = new ObjectMapper();
    int failed = 0;
    int done = 0;
    for (String name : files) {
      if (name.equals("-")) {
        try {
          print(out, err, json, "-", "stdin", extractor.extract(PageFiles.read(System.in), null));
          done++;
        } catch (IOException e) {
          err.println("<stdin>: cannot read: " + e.getMessage());
          failed++;
        }
        continue;
      }
      List<Path> pages = new ArrayList<>();
      try {
        pages.addAll(PageFiles.find(Path.of(name)));
      } catch (IOException | RuntimeException e) {
        err.println(name + ": cannot read: " + e.getMessage());
        failed++;
      }
      for (Path page : pages) {
        try {
          print(out, err, json, page.toString(), PageFiles.id(page), extractor.extract(PageFiles.read(page), null));
          done++;
        } catch (IOException e) {
          err.println(page + ": cannot read: " + e.getMessage());
          failed++;
        }
      }
    }
    out.flush();
    if (done == 0 && failed == 0) {
      throw new Main.UsageException("no HTML page found in " + String.join(" ", files));
    }
    return failed == 0 ? Main.OK : Main.SOME_FAILED;
  }

  private static void print(PrintWriter out, PrintWriter err, ObjectMapper json, String origin, String id,
      ExtractedPage page) {
    for (String w : page.warnings()) {
      err.println(origin + ": " + w);
    }
    out.println(toJson(json, id, page).toString());
  }

  /** The JSON shape of one extracted page. */
  static ObjectNode toJson(ObjectMapper json, String id, ExtractedPage page) {
    ObjectNode o = json.createObjectNode();
    o.put("id", id);
    o.put("url", page.url());
    o.put("title", page.title());
    o.put("date", page.date() == null ? null : page.date().toString());
    o.put("author", page.author());
    o.put("lang", page.lang());
    o.put("text", page.text());
    return o;
  }
}
