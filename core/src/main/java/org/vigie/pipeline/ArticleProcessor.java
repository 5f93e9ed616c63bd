package org.vigie.pipeline;

import org.vigie.model.Article;

/**
 * Turns one article into everything Vigie makes of it. {@link Pipeline} is the real one; the
 * ingest benchmark puts a constant-cost stand-in here to measure the store around it.
 * Implementations are called from several threads at once.
 */
@FunctionalInterface
public interface ArticleProcessor {

  DocumentResult process(Article article);
}
