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

  /**
   * A file of ../shared, beside the project root. Maven passes its place as the system property
   * {@code vigie.shared} (tests run from the module folder, one level below the root).
   */
  public static Path shared(String relative) {
    Path p = sharedRoot().resolve(relative);
    if (!Files.exists(p)) {
      throw new IllegalStateException("reference file missing: " + p.toAbsolutePath().normalize()
          + " (tests expect ../shared beside the project)");
    }
    return p;
  }

  private static Path sharedRoot() {
    String configured = System.getProperty("vigie.shared");
    if (configured != null) {
      return Path.of(configured);
    }
    Path besideModule = Path.of("..", "..", "shared");
    return Files.isDirectory(besideModule) ? besideModule : Path.of("..", "shared");
  }
}
