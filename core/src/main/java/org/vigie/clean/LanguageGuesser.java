package org.vigie.clean;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Tells the language of an article among those Vigie codes, with Lingua limited to them (so its
 * models stay small). Thread-safe.
 */
public final class LanguageGuesser {

  private static final int SAMPLE = 2_000;

  private final LanguageDetector detector =
      LanguageDetectorBuilder.fromLanguages(Language.FRENCH, Language.ENGLISH).build();

  /** {@code fr} or {@code en}; French when the text is too short to tell. */
  public String guess(String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    Language l = detector.detectLanguageOf(sample);
    return l == Language.ENGLISH ? "en" : l == Language.FRENCH ? "fr" : "fr";
  }
}
