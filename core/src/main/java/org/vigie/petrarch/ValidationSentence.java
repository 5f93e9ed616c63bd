package org.vigie.petrarch;

import java.time.LocalDate;
import java.util.Set;

/**
 * One {@code <Sentence>} of a validation file.
 *
 * @param id the sentence id
 * @param category its category, or the empty string
 * @param date its date, or null when absent or unreadable
 * @param evaluate whether it is to be evaluated ({@code evaluate}, {@code valid} or {@code
 *     sentence} not "false")
 * @param expected the expected events; empty for {@code noevents="True"}
 * @param text the sentence, lines joined by blanks
 * @param parse the {@code <Parse>} as written, or null
 * @param origin the line of its {@code <Sentence} tag
 */
public record ValidationSentence(
    String id,
    String category,
    LocalDate date,
    boolean evaluate,
    Set<CodedEvent> expected,
    String text,
    String parse,
    Origin origin) {

  public ValidationSentence {
    expected = Set.copyOf(expected);
  }
}
