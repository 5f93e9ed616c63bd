package org.vigie.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Pages built to break an extractor: each must come back without an exception, with a warning
 * and an empty or best-effort text. The wall-clock and CPU time of each is printed (the goal is
 * under a second); the 10 s guard only catches hangs.
 */
class HostilePagesTest {

  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final String PARAGRAPH =
      "<p>Le gouvernement a annoncé mardi un plan de soutien aux agriculteurs touchés par la sécheresse, "
          + "a indiqué le ministère dans un communiqué.</p>";

  private static ExtractedPage timed(String name, Supplier<ExtractedPage> run) {
    // Warm the extractor so that the first case does not pay for class loading.
    EXTRACTOR.extract("<html><body>" + PARAGRAPH + "</body></html>", null);
    long start = System.nanoTime();
    long[] cpu = new long[1];
    ExtractedPage page = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      long before = CPU.getCurrentThreadCpuTime();
      ExtractedPage p = run.get();
      cpu[0] = CPU.getCurrentThreadCpuTime() - before;
      return p;
    }, name + " hung");
    System.err.printf("hostile page %-24s %6d ms wall %6d ms CPU  warnings %s%n", name,
        (System.nanoTime() - start) / 1_000_000, cpu[0] / 1_000_000, page.warnings());
    return page;
  }

  @Test
  void aTwentyMegabytePageIsCutWithAWarning() {
    StringBuilder html = new StringBuilder("<html><head><title>Huge</title></head><body><article>");
    while (html.length() < 20_000_000) {
      html.append(PARAGRAPH);
    }
    html.append("</article></body></html>");
    byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
    ExtractedPage page = timed("20 MB", () -> EXTRACTOR.extract(bytes, null));
    assertTrue(page.warnings().stream().anyMatch(w -> w.contains("cut")), page.warnings().toString());
    assertTrue(page.text().startsWith("Le gouvernement a annoncé mardi"));
  }

  @Test
  void tenThousandNestingLevelsDoNotOverflowTheStack() {
    String html = "<html><body>" + "<div>".repeat(10_000) + PARAGRAPH + "</div>".repeat(10_000) + "</body></html>";
    ExtractedPage page = timed("10,000 levels", () -> EXTRACTOR.extract(html, null));
    assertFalse(page.warnings().isEmpty());
    assertTrue(page.warnings().stream().anyMatch(w -> w.contains("nested")), page.warnings().toString());
  }

  @Test
  void tenThousandNestedInlineElements() {
    String html = "<html><body><p>" + "<b><i><span>".repeat(3_400) + "texte" + "</span></i></b>".repeat(3_400)
        + "</p></body></html>";
    ExtractedPage page = timed("10,000 inline levels", () -> EXTRACTOR.extract(html, null));
    assertFalse(page.warnings().isEmpty());
  }

  @Test
  void aFramesetHasNoTextAndSaysWhy() {
    String html = "<html><head><title>Cadres</title></head><frameset cols=\"20%,80%\">"
        + "<frame src=\"menu.html\"><frame src=\"article.html\"></frameset></html>";
    ExtractedPage page = timed("frameset", () -> EXTRACTOR.extract(html, null));
    assertEquals("", page.text());
    assertTrue(page.warnings().stream().anyMatch(w -> w.contains("frameset")), page.warnings().toString());
  }

  @Test
  void scriptsOnly() {
    String html = "<html><head><script>var a = 1;</script></head><body><script>"
        + "document.write('<p>' + 'Texte écrit par le script, jamais lu par un extracteur.'.repeat(20) + '</p>');"
        + "</script><noscript>Activez JavaScript.</noscript></body></html>";
    ExtractedPage page = timed("scripts only", () -> EXTRACTOR.extract(html, null));
    assertEquals("", page.text());
    assertTrue(page.warnings().contains("no article text found"), page.warnings().toString());
  }

  @Test
  void noBody() {
    ExtractedPage page = timed("no body", () -> EXTRACTOR.extract("<html><head><title>Vide</title></head></html>", null));
    assertEquals("", page.text());
    assertEquals("Vide", page.title());
    assertFalse(page.warnings().isEmpty());
  }

  @Test
  void emptyAndBinaryInput() {
    ExtractedPage empty = timed("empty", () -> EXTRACTOR.extract(new byte[0], null));
    assertEquals("", empty.text());
    byte[] junk = new byte[100_000];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 31 + 7);
    }
    ExtractedPage binary = timed("binary", () -> EXTRACTOR.extract(junk, null));
    assertFalse(binary.warnings().isEmpty());
  }

  @Test
  void aWrongCharsetDeclarationIsOverruledByTheBytes() {
    String html = "<html><head><meta charset=\"iso-8859-1\"><title>Été</title></head><body><article>"
        + PARAGRAPH.repeat(3) + "</article></body></html>";
    ExtractedPage page = timed("UTF-8 declared Latin-1", () -> EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), null));
    assertEquals("Été", page.title());
    assertTrue(page.text().contains("sécheresse"), page.text());
    assertTrue(page.warnings().stream().anyMatch(w -> w.contains("UTF-8")), page.warnings().toString());

    String latin = html.replace("iso-8859-1", "utf-8");
    ExtractedPage second = timed("Latin-1 declared UTF-8",
        () -> EXTRACTOR.extract(latin.getBytes(StandardCharsets.ISO_8859_1), null));
    assertTrue(second.text().contains("sécheresse"), second.text());
    assertTrue(second.warnings().stream().anyMatch(w -> w.contains("Windows-1252")), second.warnings().toString());
  }

  @Test
  void anUnknownCharsetNameIsIgnored() {
    String html = "<html><head><meta charset=\"x-klingon-9\"></head><body><p>" + "Un texte simple et clair. ".repeat(10)
        + "</p></body></html>";
    ExtractedPage page = timed("unknown charset", () -> EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), null));
    assertTrue(page.text().startsWith("Un texte simple"));
    assertTrue(page.warnings().stream().anyMatch(w -> w.contains("x-klingon-9")), page.warnings().toString());
  }
}
