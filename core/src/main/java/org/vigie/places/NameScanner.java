package org.vigie.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.model.ActorMention;
import org.vigie.model.Sentence;
import org.vigie.model.Token;
import org.vigie.nlp.Folding;

/**
 * Finds gazetteer names in a sentence's words, longest first: a name starts with a capital
 * (unless it is written in lower case, "bande de Gaza"), does not run into the name of a person,
 * organisation or country found by the actor stage nor into other capitalised words (Kim Jong
 * Un, the Washington Post), and a name that is also an ordinary word (Police, Orange) needs a
 * cue: a place preposition before it or a place after a comma.
 */
final class NameScanner {

  /** Folded words that introduce a place ("à Alep", "in Homs"); shared with EventPlaces. */
  static final Set<String> PLACE_PREPOSITIONS =
      Set.of("a", "au", "aux", "en", "dans", "pres", "vers", "in", "at", "near", "to", "from");
  private static final Set<String> NOT_NAMES = Set.of("VERB", "AUX", "PRON", "ADV", "SCONJ", "CCONJ", "DET");

  private final NameIndex index;
  private final Gazetteer gazetteer;

  NameScanner(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.index = gazetteer.index();
  }

  /**
   * The names of {@code s}, left to right.
   *
   * @param blocked tokens that belong to an actor mention which is not a place
   */
  List<NameMatch> scan(Sentence s, boolean[] blocked, String lang) {
    List<String> pieces = new ArrayList<>();
    List<Integer> tokenOf = new ArrayList<>();
    List<Boolean> startsToken = new ArrayList<>();
    for (Token t : s.tokens()) {
      List<String> p = Folding.pieces(t.word());
      for (int i = 0; i < p.size(); i++) {
        pieces.add(p.get(i));
        tokenOf.add(t.index());
        startsToken.add(i == 0);
      }
    }
    List<NameMatch> out = new ArrayList<>();
    int i = 0;
    while (i < pieces.size()) {
      NameMatch m = startsToken.get(i) ? matchAt(s, pieces, tokenOf, i, blocked, lang) : null;
      if (m == null) {
        i++;
      } else {
        out.add(m);
        while (i < pieces.size() && tokenOf.get(i) <= m.last()) {
          i++;
        }
      }
    }
    return out;
  }

  private NameMatch matchAt(Sentence s, List<String> pieces, List<Integer> tokenOf, int from,
      boolean[] blocked, String lang) {
    NameIndex.Found found = index.longestAt(pieces, from);
    while (found != null) {
      int end = from + found.length() - 1;
      boolean wholeTokens = end + 1 == pieces.size() || !tokenOf.get(end + 1).equals(tokenOf.get(end));
      int first = tokenOf.get(from);
      int last = tokenOf.get(end);
      if (wholeTokens && acceptable(s, first, last, found.names(), blocked, lang)) {
        return new NameMatch(first, last, found.names().places());
      }
      found = found.length() > 1 ? index.longestAt(pieces.subList(0, end), from) : null;
    }
    return null;
  }

  private boolean acceptable(Sentence s, int first, int last, NameIndex.Names names, boolean[] blocked, String lang) {
    for (int t = first; t <= last; t++) {
      if (blocked[t]) {
        return false;
      }
    }
    Token head = s.tokens().get(first);
    if (!names.lowerStart() && !Character.isUpperCase(head.word().codePointAt(0))) {
      return false;
    }
    if (s.parsed() && NOT_NAMES.contains(head.pos())) {
      return false;
    }
    if (partOfLongerName(s, first, last)) {
      return false;
    }
    if (first == last && gazetteer.isCommonWord(head.word(), lang)) {
      return introduced(s, first) || qualified(s, last);
    }
    return true;
  }

  /**
   * Whether capitalised words run on before or after the name: Kim Jong Un, Marine Le Pen,
   * Hillary Clinton, the Washington Post, Paris Saint-Germain. A capital that only starts the
   * sentence does not count.
   */
  private static boolean partOfLongerName(Sentence s, int first, int last) {
    boolean before = first > 0 && capitalised(s.tokens().get(first - 1)) && !startsSentence(s, first - 1);
    boolean after = last + 1 < s.tokens().size() && capitalised(s.tokens().get(last + 1));
    return before || after;
  }

  private static boolean capitalised(Token t) {
    return Character.isUpperCase(t.word().codePointAt(0));
  }

  /** Whether only punctuation (quotes, dashes) stands before {@code token} in its sentence. */
  private static boolean startsSentence(Sentence s, int token) {
    for (int t = 0; t < token; t++) {
      if (Character.isLetterOrDigit(s.tokens().get(t).word().codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a place preposition stands before {@code token} ("à", "au", "in"). */
  static boolean introduced(Sentence s, int token) {
    for (int t = token - 1; t >= 0 && t >= token - 2; t--) {
      String w = Folding.fold(s.tokens().get(t).word());
      if (PLACE_PREPOSITIONS.contains(w)) {
        return true;
      }
      if (!w.equals("le") && !w.equals("la") && !w.equals("les") && !w.equals("the")) {
        return false;
      }
    }
    return false;
  }

  /** Whether a comma or a parenthesis follows {@code token} ("Paris, Texas", "Paris (Texas)"). */
  static boolean qualified(Sentence s, int token) {
    if (token + 2 >= s.tokens().size()) {
      return false;
    }
    String next = s.tokens().get(token + 1).word();
    return next.equals(",") || next.equals("(");
  }
}
