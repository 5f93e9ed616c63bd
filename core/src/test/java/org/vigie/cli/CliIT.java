package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.testing.Fixtures;

/**
 * The packaged command line, run as a user runs it (a separate JVM on the built jar): the output
 * contract on stdout, one-line diagnostics on stderr, and the exit codes.
 */
class CliIT {

  /** What a run printed and returned. */
  record Run(int exit, String out, String err) {
    List<JsonNode> events() throws IOException {
      List<JsonNode> out = new ArrayList<>();
      for (String line : this.out.split("\n")) {
        if (!line.isBlank()) {
          out.add(new ObjectMapper().readTree(line));
        }
      }
      return out;
    }
  }

  @TempDir static Path dir;
  private static Run badInputs;

  static Run vigie(String... args) throws IOException, InterruptedException {
    Path jar = Files.list(Path.of("target")).filter(p -> p.getFileName().toString().matches("vigie-.*\\.jar"))
        .findFirst().orElseThrow(() -> new IllegalStateException("run mvn package first"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g", "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("vigie-it-out", ".txt");
    Path err = Files.createTempFile("vigie-it-err", ".txt");
    try {
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
      assertTrue(p.waitFor(5, TimeUnit.MINUTES), "vigie did not finish");
      return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @BeforeAll
  static void codeAFolderOfBadInputs() throws Exception {
    Path in = Files.createDirectories(dir.resolve("inputs"));
    Files.writeString(in.resolve("a-good.txt"), "La France a condamné la Russie.");
    Files.writeString(in.resolve("b-empty.txt"), "");
    byte[] junk = new byte[4096];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i % 7 == 0 ? 0 : i * 31);
    }
    Files.write(in.resolve("c-binary.txt"), junk);
    Files.write(in.resolve("d-latin1.txt"), "L'Allemagne a critiqué l'Iran.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("e-mixed.jsonl"), String.join("\n",
        "{\"id\": \"j1\", \"date\": \"2016-03-02\", \"lang\": \"fr\", \"text\": \"La Turquie a accusé la Syrie.\"}",
        "{\"id\": \"j2\", \"text\": ",
        "[1, 2, 3]",
        "{\"id\": \"j4\", \"date\": \"2016-03-02\", \"text\": \"Le Japon a condamné la Corée du Nord.\"}",
        ""));
    StringBuilder huge = new StringBuilder("{\"id\": \"huge\", \"text\": \"");
    while (huge.length() < 10_000_000) {
      huge.append("Le temps était doux et la mer calme ce jour-là. ");
    }
    huge.append("\"}\n");
    Files.writeString(in.resolve("f-huge.jsonl"), huge);
    badInputs = vigie("code", "--date", "2015-10-01", in.toString());
  }

  @Test
  void goodRecordsAreStillCoded() throws IOException {
    List<String> docs = badInputs.events().stream().map(e -> e.get("doc_id").asText()).distinct().toList();
    assertTrue(docs.containsAll(List.of("a-good", "d-latin1", "j1", "j4")), docs + "\n" + badInputs.err());
  }

  @Test
  void badRecordsMakeTheRunFailWithExitOne() {
    assertEquals(1, badInputs.exit(), badInputs.err());
  }

  @Test
  void eachProblemIsOneStderrLineNamingFileAndLine() {
    String err = badInputs.err();
    assertTrue(err.lines().anyMatch(l -> l.contains("b-empty.txt") && l.contains("empty")), err);
    assertTrue(err.lines().anyMatch(l -> l.contains("c-binary.txt") && l.contains("binary")), err);
    assertTrue(err.lines().anyMatch(l -> l.contains("d-latin1.txt") && l.contains("Windows-1252")), err);
    assertTrue(err.lines().anyMatch(l -> l.contains("e-mixed.jsonl:2:")), err);
    assertTrue(err.lines().anyMatch(l -> l.contains("e-mixed.jsonl:3:")), err);
    assertTrue(err.lines().noneMatch(l -> l.startsWith("\tat ")), "no stack traces: " + err);
  }

  @Test
  void stdoutHoldsOnlyTheEventContract() throws IOException {
    for (JsonNode e : badInputs.events()) {
      for (String field : List.of("doc_id", "event_id", "sentence_id", "sentence", "date", "code", "root",
          "quad_class", "goldstein", "source", "target", "location", "evidence", "lang")) {
        assertTrue(e.has(field), field + " missing in " + e);
      }
      assertTrue(e.get("code").isTextual(), e.toString());
      for (String field : List.of("code", "name", "text", "country")) {
        assertTrue(e.get("source").has(field) && e.get("target").has(field), e.toString());
      }
      for (String field : List.of("trigger", "pattern", "start", "end")) {
        assertTrue(e.get("evidence").has(field), e.toString());
      }
    }
  }

  @Test
  void unknownLanguageIsAUsageErrorWithExitTwo() throws Exception {
    Run run = vigie("code", "--lang", "xx", dir.resolve("inputs/a-good.txt").toString());
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains("--lang"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void mixedCorpusCodesEachArticleInItsLanguage() throws Exception {
    Path mixed = dir.resolve("mixed.jsonl");
    Files.writeString(mixed, String.join("\n",
        "{\"id\": \"m-fr\", \"date\": \"2016-03-02\", \"text\": \"La Turquie a accusé la Syrie de bombarder ses villes frontalières.\"}",
        "{\"id\": \"m-en\", \"date\": \"2016-03-02\", \"text\": \"Turkey accused Syria of shelling its border towns.\"}", ""));
    Run run = vigie("code", mixed.toString());
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> events = run.events();
    assertTrue(events.stream().anyMatch(e -> e.get("doc_id").asText().equals("m-fr") && e.get("lang").asText().equals("fr")), run.out());
    assertTrue(events.stream().anyMatch(e -> e.get("doc_id").asText().equals("m-en") && e.get("lang").asText().equals("en")), run.out());
  }

  @Test
  void preParsedConlluIsCodedAsIs() throws Exception {
    Run run = vigie("code", "--input-format", "conllu", "--date", "2016-03-02",
        Path.of("src", "test", "resources", "conllu", "two-docs.conllu").toString());
    assertEquals(0, run.exit(), run.err());
    List<String> got = run.events().stream()
        .map(e -> e.get("doc_id").asText() + " " + e.get("source").get("code").asText() + " " + e.get("target").get("code").asText() + " " + e.get("root").asText())
        .toList();
    assertTrue(got.contains("conllu-1 TUR RUS 11") && got.contains("conllu-2 FRA SYR 11"), got.toString());
  }

  @Test
  void cleanReportsTheExampleArticle() throws Exception {
    Run run = vigie("clean", Fixtures.shared("examples/kerry-lavrov.fr.txt").toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertEquals(17, report.get("paragraphs_in_input").asInt());
    assertEquals(8, report.get("paragraphs_kept").asInt());
    assertEquals("Sputnik", report.get("credited_source").asText());
  }
}
