package org.vigie.places;

import java.util.List;
import java.util.Set;
import org.vigie.dictionary.DataFile;
import org.vigie.nlp.Folding;

/**
 * The offline gazetteer: cities, first-level regions and macro-regions with their names in the
 * data, in French and in English, their country and a point. Loaded once (a second or so, about
 * 30,000 places), then immutable and thread-safe.
 */
public final class Gazetteer {

  private static final String DIR = "/org/vigie/places/";

  private final NameIndex index;
  private final Set<String> commonFrench;
  private final Set<String> commonEnglish;
  private final int size;

  Gazetteer(NameIndex index, Set<String> commonFrench, Set<String> commonEnglish, int size) {
    this.index = index;
    this.commonFrench = Set.copyOf(commonFrench);
    this.commonEnglish = Set.copyOf(commonEnglish);
    this.size = size;
  }

  /** The bundled gazetteer of resources/org/vigie/places/. */
  public static Gazetteer bundled() {
    return new GazetteerReader(name -> DataFile.resource(DIR + name)).read();
  }

  /** The places of a name, any spelling and language ({@code Alep}, {@code aleppo}); may be empty. */
  public List<Toponym> lookup(String name) {
    NameIndex.Names names = index.get(NameIndex.key(name));
    return names == null ? List.of() : names.places();
  }

  /** Whether a one-word name is also an ordinary word of {@code lang} (Police, Orange). */
  public boolean isCommonWord(String word, String lang) {
    return ("fr".equals(lang) ? commonFrench : commonEnglish).contains(Folding.fold(word));
  }

  /** How many places it holds. */
  public int size() {
    return size;
  }

  NameIndex index() {
    return index;
  }
}
