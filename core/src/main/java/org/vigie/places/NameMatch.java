package org.vigie.places;

import java.util.List;

/**
 * Words of a sentence that are a gazetteer name, before it is known which place they mean.
 *
 * @param first first token
 * @param last last token (inclusive)
 * @param candidates the places of that name
 */
record NameMatch(int first, int last, List<Toponym> candidates) {

  NameMatch {
    candidates = List.copyOf(candidates);
  }
}
