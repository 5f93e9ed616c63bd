package org.vigie.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.vigie.ingest.ArticleSource;
import org.vigie.ingest.ReadIssue;
import org.vigie.ingest.ReadResult;
import org.vigie.ingest.SourceOptions;
import org.vigie.model.Article;

/**
 * The articles of the command's inputs; read problems go to stderr as one line each and are
 * counted, good records go on.
 */
final class ArticleInput implements Iterator<Article> {

  /**
   * Longest text coded: far above any news article (a long one has 50,000 characters), low
   * enough that a runaway input cannot exhaust memory in the parser. Longer texts are cut with a
   * warning.
   */
  static final int MAX_TEXT_CHARS = 300_000;

  private final Iterator<ReadResult> results;
  private final PrintWriter err;
  private final String forcedLang;
  private Article next;
  private int errors;
  private int articles;

  ArticleInput(InputOptions options, PrintWriter err) {
    this.forcedLang = options.lang();
    this.results = new ArticleSource(new SourceOptions(options.date(), forcedLang, MAX_TEXT_CHARS, SourceOptions.DEFAULT_MAX_LINE_BYTES)).read(options.files).iterator();
    this.err = err;
  }

  @Override
  public boolean hasNext() {
    while (next == null && results.hasNext()) {
      ReadResult r = results.next();
      if (r instanceof ReadResult.Ok ok) {
        Article a = ok.article();
        next = forcedLang != null ? a.withLang(forcedLang) : a;
        articles++;
      } else if (r instanceof ReadIssue issue) {
        err.println((issue.severity() == ReadIssue.Severity.ERROR ? "error: " : "warning: ") + issue.message());
        if (issue.severity() == ReadIssue.Severity.ERROR) {
          errors++;
        }
      } else if (r instanceof ReadResult.Link link) {
        err.println("note: " + link.origin() + ": feed item without content, not coded: " + link.url());
      }
    }
    return next != null;
  }

  @Override
  public Article next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Article a = next;
    next = null;
    return a;
  }

  int errors() {
    return errors;
  }

  /** The exit code for reading alone: errors, or nothing readable at all, make the run fail. */
  int exitCode() {
    if (articles == 0) {
      err.println("error: no article could be read from the input");
      return Main.SOME_FAILED;
    }
    return errors == 0 ? Main.OK : Main.SOME_FAILED;
  }

  int articles() {
    return articles;
  }
}
