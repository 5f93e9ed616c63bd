package org.vigie.model;

import java.util.List;

/**
 * An article after cleaning: the text that every later offset refers to.
 *
 * @param article the article as read
 * @param text cleaned text, kept paragraphs joined by a single {@code \n}
 * @param paragraphs the span of each kept paragraph in {@code text}
 * @param report what cleaning did
 */
public record CleanArticle(
    Article article, String text, List<Span> paragraphs, CleaningReport report) {

  public CleanArticle {
    paragraphs = List.copyOf(paragraphs);
  }

  public String id() {
    return article.id();
  }
}
