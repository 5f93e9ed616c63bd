package org.vigie.ingest;

import org.vigie.model.Article;

/**
 * One item produced by {@link ArticleSource}: either an article ({@link Ok}) or a {@link
 * ReadIssue}. Issues come just before the article they concern.
 */
public sealed interface ReadResult permits ReadResult.Ok, ReadResult.Link, ReadIssue {

  /** An article read successfully (possibly with warnings reported just before it). */
  record Ok(Article article) implements ReadResult {

    public Ok {
      java.util.Objects.requireNonNull(article, "article");
    }
  }

  /**
   * A feed item without content: an address to fetch later. The store keeps it as a document
   * with status {@code link}.
   *
   * @param url the item's address
   * @param title its title, may be null
   * @param date its publication date, may be null
   * @param origin where it was read ({@code feed.xml#3})
   */
  record Link(String url, String title, java.time.LocalDate date, String origin) implements ReadResult {

    public Link {
      java.util.Objects.requireNonNull(url, "url");
      java.util.Objects.requireNonNull(origin, "origin");
    }
  }
}
