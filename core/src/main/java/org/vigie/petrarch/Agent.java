package org.vigie.petrarch;

import java.util.List;

/**
 * One line of a PETRARCH agent dictionary ({@code POLICE {} [~COP]}), expanded.
 *
 * @param phrase the phrase as written, words separated by spaces
 * @param forms every form to match: substitutions ({@code !PERSON!}) expanded, the plurals added
 *     (regular, or those in {@code {...}}, none for {@code {}})
 * @param code the agent code without its {@code ~}
 * @param prefix whether the code goes before the actor code ({@code NGO~}) rather than after it
 *     ({@code ~COP}, the usual case)
 * @param gaps whether the phrase has blanks between words, where PETRARCH lets other words in
 * @param origin where it was read
 */
public record Agent(
    String phrase, List<String> forms, String code, boolean prefix, boolean gaps, Origin origin) {

  public Agent {
    forms = List.copyOf(forms);
  }
}
