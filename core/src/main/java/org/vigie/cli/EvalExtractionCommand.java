package org.vigie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.vigie.extract.ExtractionScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie eval extraction EXPECTED PREDICTED}: body-text precision, recall and F1 (4-token
 * shingles, see {@link ExtractionScore}) per language and overall on stdout, one line per page
 * on stderr. Pages are matched by {@code id}; a page missing from PREDICTED scores 0.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
    description = "Score extracted pages (vigie extract output) against expected ones: P, R, F1 per language.")
final class EvalExtractionCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "EXPECTED", description = "JSON Lines: id, lang, text (and more) per page.")
  Path expected;

  @Parameters(index = "1", paramLabel = "PREDICTED", description = "JSON Lines as printed by vigie extract.")
  Path predicted;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int[] bad = {0};
    Map<String, JsonNode> want = read(expected, err, bad);
    Map<String, JsonNode> got = read(predicted, err, bad);
    if (want.isEmpty()) {
      throw new Main.UsageException(expected + ": no page to score");
    }
    Map<String, List<ExtractionScore.Page>> byLang = new TreeMap<>();
    List<ExtractionScore.Page> all = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : want.entrySet()) {
      JsonNode p = got.get(e.getKey());
      if (p == null) {
        err.println(predicted + ": no page '" + e.getKey() + "': scored 0");
      }
      String lang = text(e.getValue(), "lang", "?");
      ExtractionScore.Page s = ExtractionScore.page(text(e.getValue(), "text", ""), p == null ? "" : text(p, "text", ""));
      err.printf(Locale.ROOT, "%-40s %-3s P %.3f  R %.3f  F1 %.3f%n", e.getKey(), lang, s.precision(), s.recall(), s.f1());
      byLang.computeIfAbsent(lang, k -> new ArrayList<>()).add(s);
      all.add(s);
    }
    for (Map.Entry<String, List<ExtractionScore.Page>> l : byLang.entrySet()) {
      report(out, l.getKey(), ExtractionScore.summary(l.getValue()));
    }
    report(out, "all", ExtractionScore.summary(all));
    return bad[0] == 0 ? Main.OK : Main.SOME_FAILED;
  }

  private static void report(PrintWriter out, String name, ExtractionScore.Summary s) {
    out.printf(Locale.ROOT, "%-4s pages %3d  precision %.3f  recall %.3f  F1 %.3f%n", name, s.pages(), s.precision(),
        s.recall(), s.f1());
  }

  private static Map<String, JsonNode> read(Path file, PrintWriter err, int[] bad) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new Main.UsageException(file + ": no such file");
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> out = new LinkedHashMap<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode n = json.readTree(line);
        if (!n.hasNonNull("id")) {
          err.println(file + ":" + number + ": no id");
          bad[0]++;
        } else {
          out.put(n.get("id").asText(), n);
        }
      } catch (IOException e) {
        err.println(file + ":" + number + ": not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        bad[0]++;
      }
    }
    return out;
  }

  private static String text(JsonNode n, String field, String otherwise) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? otherwise : v.asText();
  }
}
