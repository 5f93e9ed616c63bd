package org.vigie.dictionary;

/** A data file could not be read, or one of its lines is malformed ({@code file:line: reason}). */
public class DictionaryException extends RuntimeException {

  public DictionaryException(String message) {
    super(message);
  }

  public DictionaryException(String message, Throwable cause) {
    super(message, cause);
  }

  public static DictionaryException at(String file, int line, String reason) {
    return new DictionaryException(file + ":" + line + ": " + reason);
  }
}
