package org.vigie.clean;

/**
 * A cleaning rule file could not be read, or one of its lines is malformed; the message is {@code
 * file:line: reason}.
 */
public class CleanRulesException extends org.vigie.dictionary.DictionaryException {

  public CleanRulesException(String message) {
    super(message);
  }

  public CleanRulesException(String message, Throwable cause) {
    super(message, cause);
  }

  public static CleanRulesException at(String file, int line, String reason) {
    return new CleanRulesException(file + ":" + line + ": " + reason);
  }
}
