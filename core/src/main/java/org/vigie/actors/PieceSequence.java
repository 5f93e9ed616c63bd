package org.vigie.actors;

import java.util.ArrayList;
import java.util.List;
import org.vigie.model.Token;
import org.vigie.nlp.Folding;

/**
 * A sentence as folded word pieces ({@link Folding#pieces}), each remembering its token, so that
 * names found in pieces map back to tokens and character offsets.
 */
public record PieceSequence(List<String> pieces, int[] tokenOf) {

  public static PieceSequence of(List<Token> tokens) {
    List<String> pieces = new ArrayList<>(tokens.size() + 4);
    List<Integer> owners = new ArrayList<>(tokens.size() + 4);
    for (Token t : tokens) {
      for (String p : Folding.pieces(t.word())) {
        pieces.add(p);
        owners.add(t.index());
      }
    }
    return new PieceSequence(List.copyOf(pieces), owners.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Whether every piece strictly between {@code from} and {@code to} is in {@code allowed}. */
  public boolean gapOnly(int from, int to, java.util.Set<String> allowed) {
    for (int i = from + 1; i < to; i++) {
      if (!allowed.contains(pieces.get(i))) {
        return false;
      }
    }
    return true;
  }
}
