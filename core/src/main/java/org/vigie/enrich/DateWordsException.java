package org.vigie.enrich;

/**
 * A date word list could not be read, or one of its lines is malformed ({@code file:line: reason}).
 */
public class DateWordsException extends org.vigie.dictionary.DictionaryException {

  public DateWordsException(String message) {
    super(message);
  }

  public DateWordsException(String message, Throwable cause) {
    super(message, cause);
  }

  public static DateWordsException at(String file, int line, String reason) {
    return new DateWordsException(file + ":" + line + ": " + reason);
  }
}
