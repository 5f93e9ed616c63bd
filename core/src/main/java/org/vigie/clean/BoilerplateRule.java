package org.vigie.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of {@code boilerplate.txt}: a pattern and how it must match a paragraph.
 *
 * @param kind how the pattern is applied
 * @param pattern the compiled pattern (thread-safe; a matcher is made per use)
 * @param where {@code file:line}, for log messages
 */
record BoilerplateRule(Kind kind, Pattern pattern, String where) {

  /** How a rule's pattern is applied to a paragraph. */
  enum Kind {
    /** Furniture when the pattern matches at the start of the paragraph: a teaser. */
    START,
    /** Furniture when the pattern matches the whole paragraph: a share button. */
    LINE,
    /** A credit when the pattern matches the whole paragraph; group {@code agency}: any name. */
    CREDIT,
    /** Like {@link #CREDIT}, group {@code known}: only an agency listed in the table. */
    KNOWN_CREDIT
  }

  static final String AGENCY_GROUP = "agency";
  static final String KNOWN_GROUP = "known";

  /** Whether this furniture rule matches {@code paragraph}. */
  boolean isFurniture(String paragraph) {
    Matcher m = pattern.matcher(paragraph);
    return switch (kind) {
      case START -> m.lookingAt();
      case LINE -> m.matches();
      case CREDIT, KNOWN_CREDIT -> false;
    };
  }

  /** The agency as written, when this credit rule matches {@code paragraph}. */
  Optional<String> creditedText(String paragraph) {
    if (kind != Kind.CREDIT && kind != Kind.KNOWN_CREDIT) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(paragraph);
    if (!m.matches()) {
      return Optional.empty();
    }
    String group = m.group(kind == Kind.CREDIT ? AGENCY_GROUP : KNOWN_GROUP);
    return group == null || group.isBlank() ? Optional.empty() : Optional.of(group);
  }
}
