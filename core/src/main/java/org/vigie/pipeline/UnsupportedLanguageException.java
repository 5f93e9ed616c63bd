package org.vigie.pipeline;

import java.util.Set;

/** An article in a language that this pipeline cannot code. */
public final class UnsupportedLanguageException extends RuntimeException {

  public UnsupportedLanguageException(String docId, String lang, Set<String> supported) {
    super(docId + ": language '" + lang + "' is not supported (supported: " + String.join(", ", supported) + ")");
  }
}
