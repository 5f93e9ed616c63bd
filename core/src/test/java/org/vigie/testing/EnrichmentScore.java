package org.vigie.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * How many of the expected items of one kind (dates, quotes, quantities, places) a document's
 * analysis found, and how many it found that were not expected.
 */
public final class EnrichmentScore {

  public int expected;
  public int found;
  public int produced;
  public int correct;

  /**
   * Adds one document.
   *
   * @param gold the expected items
   * @param got what the analysis produced
   * @param same whether a produced item is the expected one
   */
  public <T> void add(JsonNode gold, List<T> got, BiPredicate<JsonNode, T> same) {
    for (JsonNode g : gold) {
      expected++;
      found += got.stream().anyMatch(x -> same.test(g, x)) ? 1 : 0;
    }
    produced += got.size();
    for (T x : got) {
      boolean ok = false;
      for (JsonNode g : gold) {
        ok |= same.test(g, x);
      }
      correct += ok ? 1 : 0;
    }
  }

  public double recall() {
    return expected == 0 ? 1.0 : (double) found / expected;
  }

  public double precision() {
    return produced == 0 ? 1.0 : (double) correct / produced;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "found %d/%d (%.2f), precision %.2f of %d", found, expected, recall(),
        precision(), produced);
  }
}
