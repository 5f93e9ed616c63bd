package org.vigie.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One input article as read from a file, before any cleaning.
 *
 * @param id document id: the JSONL {@code id}, or the file's base name
 * @param url source address, may be null
 * @param title headline, may be null
 * @param date article (publication) date, may be null when unknown
 * @param lang declared language ({@code fr}, {@code en}) or null to detect
 * @param text raw text, paragraphs separated by line breaks
 * @param origin where it came from, for messages ({@code file.jsonl:12})
 */
public record Article(
    String id, String url, String title, LocalDate date, String lang, String text, String origin) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  public Article withDate(LocalDate newDate) {
    return new Article(id, url, title, newDate, lang, text, origin);
  }

  public Article withLang(String newLang) {
    return new Article(id, url, title, date, newLang, text, origin);
  }
}
