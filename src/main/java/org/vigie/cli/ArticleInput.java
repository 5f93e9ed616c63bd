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

  private final Iterator<ReadResult> results;
  private final PrintWriter err;
  private final String forcedLang;
  private Article next;
  private int errors;
  private int articles;

  ArticleInput(InputOptions options, PrintWriter err) {
    this.forcedLang = options.lang();
    this.results = new ArticleSource(new SourceOptions(options.date(), forcedLang)).read(options.files).iterator();
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

  int articles() {
    return articles;
  }
}
