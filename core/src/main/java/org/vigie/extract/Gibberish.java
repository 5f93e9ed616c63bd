package org.vigie.extract;

/**
 * Scrambled text: some paywalls ship the locked paragraphs with their letters replaced at
 * random, to be unscrambled for subscribers. Random letters hold about one vowel in four; French
 * and English prose about two in five, whatever the subject. Only Latin letters are counted.
 */
final class Gibberish {

  private static final int MIN_LETTERS = 60;
  private static final double MIN_VOWEL_SHARE = 0.30;

  private Gibberish() {}

  static boolean is(String line) {
    int letters = 0;
    int vowels = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = Character.toLowerCase(line.charAt(i));
      if (Character.isLetter(c) && c < 'ɐ') {
        letters++;
        if ("aeiouyàâäéèêëîïôöùûüœæ".indexOf(c) >= 0) {
          vowels++;
        }
      }
    }
    return letters >= MIN_LETTERS && (double) vowels / letters < MIN_VOWEL_SHARE;
  }
}
