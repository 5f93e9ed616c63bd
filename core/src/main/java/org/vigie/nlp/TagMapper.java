package org.vigie.nlp;

import java.util.HashMap;
import java.util.Map;
import org.vigie.dictionary.DataFile;
import org.vigie.dictionary.DataLine;

/** Maps a tagger's POS tags to universal POS tags. */
@FunctionalInterface
public interface TagMapper {

  TagMapper IDENTITY = tag -> tag;

  String upos(String tag);

  /** A table of {@code tag<TAB>UPOS} lines; unknown tags map to {@code X}. */
  static TagMapper fromResource(String path) {
    Map<String, String> table = new HashMap<>();
    for (DataLine line : DataFile.resource(path)) {
      table.put(line.required(0, "tag"), line.required(1, "upos"));
    }
    Map<String, String> frozen = Map.copyOf(table);
    return tag -> frozen.getOrDefault(tag, "X");
  }
}
