package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.clean.TextCleaner;
import org.vigie.model.Article;
import org.vigie.model.CleanArticle;
import org.vigie.output.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigie clean}: what cleaning did to each article, as JSON. */
@Command(name = "clean", mixinStandardHelpOptions = true,
    description = "Show, per article, what cleaning did: paragraphs in, kept, duplicates, furniture removed, credited source.")
final class CleanCommand implements Callable<Integer> {

  @Mixin InputOptions input = new InputOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ArticleInput articles = new ArticleInput(input, spec.commandLine().getErr());
    TextCleaner cleaner = TextCleaner.withDefaultRules();
    EventJson json = new EventJson(new ObjectMapper());
    while (articles.hasNext()) {
      Article a = articles.next();
      CleanArticle c = cleaner.clean(a);
      out.println(json.cleaning(a.id(), c.report()).toString());
    }
    out.flush();
    return articles.exitCode();
  }
}
