package org.vigie.clean;

import org.vigie.model.Article;
import org.vigie.model.CleanArticle;

/** The clean stage: from an article as read to the text that later stages annotate. */
@FunctionalInterface
public interface Cleaner {

  /**
   * Cleans one article. Never throws on odd text (empty, only furniture, huge); returns a new value
   * and leaves {@code article} as it was.
   *
   * @throws NullPointerException if {@code article} is null
   */
  CleanArticle clean(Article article);
}
