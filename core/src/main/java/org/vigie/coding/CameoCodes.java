package org.vigie.coding;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.vigie.dictionary.DataFile;
import org.vigie.dictionary.DataLine;
import org.vigie.model.Plover;

/** The CAMEO event codes, their Goldstein scores and intent codes (tables/ resources). */
public final class CameoCodes {

  private final Map<String, Double> goldstein = new HashMap<>();
  private final Map<String, String> descriptions = new HashMap<>();
  private final Map<String, String> intents = new HashMap<>();
  private final Map<String, Plover> plover = new HashMap<>();

  private CameoCodes() {}

  public static CameoCodes bundled() {
    CameoCodes codes = new CameoCodes();
    for (DataLine line : DataFile.resource("/org/vigie/tables/cameo-codes.tsv")) {
      String code = line.required(0, "code");
      try {
        codes.goldstein.put(code, Double.parseDouble(line.required(1, "goldstein")));
      } catch (NumberFormatException e) {
        throw line.error("Goldstein score is not a number");
      }
      codes.descriptions.put(code, line.optional(2));
    }
    for (DataLine line : DataFile.resource("/org/vigie/tables/intent-codes.tsv")) {
      String code = line.required(1, "code");
      if (!codes.exists(code)) {
        throw line.error("unknown CAMEO code " + code);
      }
      codes.intents.put(line.required(0, "root"), code);
    }
    for (DataLine line : DataFile.resource("/org/vigie/tables/cameo-plover.tsv")) {
      String code = line.required(0, "code");
      codes.plover.put(code, new Plover(line.required(1, "type"), blankToNull(line.optional(2)),
          blankToNull(line.optional(3))));
    }
    return codes;
  }

  private static String blankToNull(String s) {
    return s.isBlank() ? null : s;
  }

  /** The PLOVER type of {@code code}, or of its nearest listed parent (1384 → 138 → 13). */
  public Optional<Plover> plover(String code) {
    for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      Plover p = plover.get(c);
      if (p != null) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  public boolean exists(String code) {
    return goldstein.containsKey(code);
  }

  public double goldstein(String code) {
    Double g = goldstein.get(code);
    if (g == null) {
      throw new IllegalArgumentException("unknown CAMEO code " + code);
    }
    return g;
  }

  public String description(String code) {
    return descriptions.getOrDefault(code, "");
  }

  /** The intent code for an event of {@code code}'s root, if CAMEO has one. */
  public Optional<String> intentOf(String code) {
    return Optional.ofNullable(intents.get(code.substring(0, 2)));
  }

  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  public static int quadClass(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    if (root <= 5) {
      return 1;
    }
    if (root <= 9) {
      return 2;
    }
    return root <= 14 ? 3 : 4;
  }
}
