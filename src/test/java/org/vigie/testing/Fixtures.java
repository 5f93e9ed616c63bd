package org.vigie.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.pipeline.DocumentResult;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.PipelineConfig;
import org.vigie.pipeline.PipelineFactory;

/** The pipeline with the bundled dictionaries, loaded once for the whole test run. */
public final class Fixtures {

  private static Pipeline pipeline;

  private Fixtures() {}

  public static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = PipelineFactory.create(PipelineConfig.defaults());
    }
    return pipeline;
  }

  /** Processes a French text dated {@code date}. */
  public static DocumentResult process(String text, String date) {
    return process("fr", text, date);
  }

  /** Processes a text in {@code lang} ({@code null}: detect it) dated {@code date}. */
  public static DocumentResult process(String lang, String text, String date) {
    return pipeline().process(new Article("test", null, null, LocalDate.parse(date), lang, text, "test"));
  }

  public static List<Event> code(String text, String date) {
    return process(text, date).events();
  }

  /** ../shared, beside the project root (tests run from the project root). */
  public static Path shared(String relative) {
    Path p = Path.of("..", "shared").resolve(relative);
    if (!Files.exists(p)) {
      throw new IllegalStateException("reference file missing: " + p.toAbsolutePath()
          + " (tests expect ../shared beside the project)");
    }
    return p;
  }
}
