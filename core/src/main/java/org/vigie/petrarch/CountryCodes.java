package org.vigie.petrarch;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.vigie.dictionary.DataFile;
import org.vigie.dictionary.DataLine;

/**
 * Which three-letter CAMEO codes are states: ISO 3166-1 alpha-3 (as the JDK knows it) and the
 * former states CAMEO keeps ({@code former-states.txt}). {@code IGO}, {@code NGO}, {@code MNC},
 * region codes and the like are not.
 */
final class CountryCodes {

  private static final Set<String> CODES = load();

  private CountryCodes() {}

  static boolean isState(String code) {
    return code != null && CODES.contains(code);
  }

  private static Set<String> load() {
    Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    for (DataLine line : DataFile.resource("/org/vigie/petrarch/former-states.txt")) {
      codes.add(line.required(0, "code"));
    }
    return Set.copyOf(codes);
  }
}
