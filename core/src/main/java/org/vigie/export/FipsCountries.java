package org.vigie.export;

import java.util.HashMap;
import java.util.Map;
import org.vigie.dictionary.DataFile;
import org.vigie.dictionary.DataLine;

/**
 * CAMEO (ISO 3166 alpha-3) country codes to the FIPS 10-4 codes that GDELT's geographic fields use
 * ({@code SYR} → {@code SY}, {@code DEU} → {@code GM}), from {@code fips-countries.tsv} next to this
 * class (derived from CountryInfo; see its header).
 */
public final class FipsCountries {

  private static final Map<String, String[]> TABLE = load("/org/vigie/export/fips-countries.tsv");

  private FipsCountries() {}

  /** The FIPS code of a CAMEO country code, or "" when there is none. */
  public static String fips(String cameo) {
    String[] row = cameo == null ? null : TABLE.get(cameo);
    return row == null ? "" : row[0];
  }

  /** The English name of a CAMEO country code, or "" when unknown. */
  public static String name(String cameo) {
    String[] row = cameo == null ? null : TABLE.get(cameo);
    return row == null ? "" : row[1];
  }

  private static Map<String, String[]> load(String resource) {
    Map<String, String[]> out = new HashMap<>();
    for (DataLine line : DataFile.resource(resource)) {
      String cameo = line.required(0, "cameo");
      String fips = line.required(1, "fips");
      if (!cameo.matches("[A-Z]{3}") || !fips.matches("[A-Z]{2}")) {
        throw line.error("expected a 3-letter and a 2-letter code, not " + cameo + " " + fips);
      }
      if (out.putIfAbsent(cameo, new String[] {fips, line.optional(2)}) != null) {
        throw line.error("country listed twice: " + cameo);
      }
    }
    return Map.copyOf(out);
  }
}
