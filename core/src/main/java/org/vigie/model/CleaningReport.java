package org.vigie.model;

import java.util.List;

/**
 * What cleaning did to one article.
 *
 * @param paragraphsIn non-empty paragraphs in the input
 * @param paragraphsKept paragraphs left in the cleaned text
 * @param duplicateParagraphs paragraphs dropped because they repeat an earlier one
 * @param boilerplate the furniture lines removed (teasers, credits, share lines), as they were
 * @param creditedSource the agency or outlet credited at the end ("Avec AFP"), or null
 */
public record CleaningReport(
    int paragraphsIn,
    int paragraphsKept,
    int duplicateParagraphs,
    List<String> boilerplate,
    String creditedSource) {

  public CleaningReport {
    boilerplate = List.copyOf(boilerplate);
  }
}
