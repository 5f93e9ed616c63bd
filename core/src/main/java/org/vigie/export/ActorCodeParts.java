package org.vigie.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.dictionary.DataFile;
import org.vigie.dictionary.DataLine;

/**
 * A CAMEO actor code split into GDELT's actor fields. The code is read three letters at a time: a
 * first segment that is not a type is the country (or region); type segments fill Type1Code to
 * Type3Code, religion segments Religion1Code and Religion2Code; the first other segment is the
 * known group ({@code IGOUNO} → type IGO, group UNO; {@code IMGMUSISI} → type IMG, religion MUS,
 * group ISI); regions after the first segment, further groups and {@code ---} are dropped. Which
 * segment is which is data: {@code actor-code-parts.tsv} next to this class. Vigie's dictionaries
 * have no ethnic codes, so EthnicCode stays empty.
 */
public record ActorCodeParts(
    String country, String knownGroup, String ethnic, String religion1, String religion2,
    String type1, String type2, String type3) {

  private static final Map<String, String> PARTS = load("/org/vigie/export/actor-code-parts.tsv");

  /** The fields of {@code code}; all empty for a null, blank or unknown ({@code ---}) code. */
  public static ActorCodeParts of(String code) {
    String country = "";
    String group = "";
    List<String> types = new ArrayList<>();
    List<String> religions = new ArrayList<>();
    String c = code == null ? "" : code.strip();
    for (int i = 0; i + 3 <= c.length(); i += 3) {
      String segment = c.substring(i, i + 3);
      String part = PARTS.getOrDefault(segment, "other");
      if (segment.equals("---")) {
        continue;
      }
      if (part.equals("type")) {
        types.add(segment);
      } else if (part.equals("religion")) {
        religions.add(segment);
      } else if (i == 0) {
        country = segment;
      } else if (part.equals("other") && group.isEmpty()) {
        group = segment;
      }
    }
    return new ActorCodeParts(country, group, "", nth(religions, 0), nth(religions, 1),
        nth(types, 0), nth(types, 1), nth(types, 2));
  }

  private static String nth(List<String> values, int i) {
    return i < values.size() ? values.get(i) : "";
  }

  private static Map<String, String> load(String resource) {
    Map<String, String> out = new HashMap<>();
    for (DataLine line : DataFile.resource(resource)) {
      String code = line.required(0, "code");
      String part = line.required(1, "part");
      if (!code.matches("[A-Z]{3}")) {
        throw line.error("not a 3-letter code: " + code);
      }
      if (!List.of("type", "religion", "region").contains(part)) {
        throw line.error("part must be type, religion or region, not " + part);
      }
      if (out.putIfAbsent(code, part) != null) {
        throw line.error("code listed twice: " + code);
      }
    }
    return Map.copyOf(out);
  }
}
