package org.vigie.ingest;

import java.util.List;
import java.util.stream.Stream;
import org.vigie.model.Article;

/** Everything a read produced, split into articles and issues, for assertions. */
record Results(List<ReadResult> all) {

  static Results of(ArticleSource source, String... inputs) {
    try (Stream<ReadResult> results = source.read(inputs)) {
      return new Results(results.toList());
    }
  }

  List<Article> articles() {
    return all.stream()
        .filter(ReadResult.Ok.class::isInstance)
        .map(r -> ((ReadResult.Ok) r).article())
        .toList();
  }

  Article onlyArticle() {
    List<Article> articles = articles();
    if (articles.size() != 1) {
      throw new AssertionError("expected one article, got " + articles + " and " + issues());
    }
    return articles.get(0);
  }

  List<ReadIssue> issues() {
    return all.stream().filter(ReadIssue.class::isInstance).map(ReadIssue.class::cast).toList();
  }

  /** Issues as {@code SEVERITY origin:line: reason}, the way a user sees them. */
  List<String> messages() {
    return issues().stream().map(ReadIssue::toString).toList();
  }

  List<String> ids() {
    return articles().stream().map(Article::id).toList();
  }
}
