package org.vigie.petrarch;

import java.nio.file.Path;
import java.util.List;

/**
 * A PETRARCH validation file as read: the dictionaries its {@code <Environment>} names, its
 * sentences, and what could not be read in it.
 *
 * @param dictionaries the dictionary files named, resolved against the file's folder
 * @param include the words of {@code <Include>} ({@code valid} and categories), empty when absent
 * @param sentences the sentences that could be read
 * @param problems what was skipped or guessed, as {@code file:line: reason}
 */
public record ValidationFile(
    Path path,
    PetrarchFiles dictionaries,
    List<String> include,
    List<ValidationSentence> sentences,
    List<LineIssue> problems) {

  public ValidationFile {
    include = List.copyOf(include);
    sentences = List.copyOf(sentences);
    problems = List.copyOf(problems);
  }

  /** Whether {@code s} is to be evaluated: marked so, and of an included category if any is. */
  public boolean selects(ValidationSentence s) {
    List<String> categories = include.stream().filter(w -> !w.equalsIgnoreCase("valid")).toList();
    return s.evaluate() && (categories.isEmpty() || categories.contains(s.category()));
  }
}
