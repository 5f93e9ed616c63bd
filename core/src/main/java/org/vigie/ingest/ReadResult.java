package org.vigie.ingest;

import org.vigie.model.Article;

/**
 * One item produced by {@link ArticleSource}: either an article ({@link Ok}) or a {@link
 * ReadIssue}. Issues come just before the article they concern.
 */
public sealed interface ReadResult permits ReadResult.Ok, ReadIssue {

  /** An article read successfully (possibly with warnings reported just before it). */
  record Ok(Article article) implements ReadResult {

    public Ok {
      java.util.Objects.requireNonNull(article, "article");
    }
  }
}
