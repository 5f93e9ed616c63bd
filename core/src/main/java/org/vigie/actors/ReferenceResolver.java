package org.vigie.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.vigie.model.ActorMention;

/**
 * Links references to the actors they point back to, within one document: {@code il} to the last
 * person, {@code ce groupe} to the last armed group, {@code les deux ministres} to the last two
 * people, a bare {@code le président} to the last actor introduced with that title.
 *
 * <p>One instance per document: it keeps the mentions seen so far.
 */
final class ReferenceResolver {

  private final List<Found> history = new ArrayList<>();
  private final Country focus;

  /** @param focus the country the document is mostly about, or null */
  ReferenceResolver(Country focus) {
    this.focus = focus;
  }

  /** The coded mentions of one sentence, references resolved, in order. */
  List<ActorMention> accept(List<Found> found) {
    List<ActorMention> out = new ArrayList<>();
    for (Found f : found) {
      if (!f.isReference()) {
        history.add(f);
        out.add(f.mention());
        continue;
      }
      List<Found> antecedents = antecedents(f);
      if (antecedents.isEmpty() && f.referenceKind().equals("role") && focus != null) {
        antecedents = List.of(domestic(f));
      }
      for (Found antecedent : antecedents) {
        ActorMention m = f.mention();
        ActorMention resolved = new ActorMention(m.sentence(), m.first(), m.last(), m.head(), m.span(),
            m.text(), antecedent.mention().actor(), ActorMention.Kind.REFERENCE);
        out.add(resolved);
        history.add(new Found(resolved, null, antecedent.role(), antecedent.personLike(), antecedent.group()));
      }
    }
    return out;
  }

  private List<Found> antecedents(Found reference) {
    return switch (reference.referenceKind()) {
      case "person" -> last(1, Found::personLike);
      case "group" -> last(1, Found::group);
      case "pair" -> last(2, Found::personLike);
      case "parties" -> last(2, f -> f.mention().kind() != ActorMention.Kind.ADJECTIVE && f.mention().actor().country() != null);
      case "persons" -> lastSentenceOf(Found::personLike);
      case "role", "role-adjective" -> last(1, f -> reference.role().equals(f.role()));
      default -> List.of();
    };
  }

  /**
   * A role word with no country and nothing to point back to ("la police", "l'opposant") is taken
   * to be of the country the document is about.
   */
  private Found domestic(Found role) {
    String roleCode = role.mention().actor().code();
    org.vigie.model.Actor a = new org.vigie.model.Actor(focus.code() + roleCode,
        role.role() + " (" + focus.name() + ")", focus.code());
    ActorMention m = role.mention();
    return new Found(new ActorMention(m.sentence(), m.first(), m.last(), m.head(), m.span(), m.text(), a,
        ActorMention.Kind.DOMESTIC), null, role.role(), role.personLike(), false);
  }

  /** The {@code n} most recent distinct actors accepted by {@code filter}, oldest first. */
  private List<Found> last(int n, Predicate<Found> filter) {
    Map<String, Found> byCode = new LinkedHashMap<>();
    for (int i = history.size() - 1; i >= 0 && byCode.size() < n; i--) {
      Found f = history.get(i);
      if (filter.test(f)) {
        byCode.putIfAbsent(f.mention().actor().code(), f);
      }
    }
    List<Found> out = new ArrayList<>(byCode.values());
    java.util.Collections.reverse(out);
    return out;
  }

  /** The distinct actors accepted by {@code filter} in the most recent sentence that has any. */
  private List<Found> lastSentenceOf(Predicate<Found> filter) {
    List<Found> out = new ArrayList<>();
    int sentence = -1;
    for (int i = history.size() - 1; i >= 0; i--) {
      Found f = history.get(i);
      if (!filter.test(f)) {
        continue;
      }
      if (sentence < 0) {
        sentence = f.mention().sentence();
      }
      if (f.mention().sentence() != sentence) {
        break;
      }
      if (out.stream().noneMatch(o -> o.mention().actor().code().equals(f.mention().actor().code()))) {
        out.add(0, f);
      }
    }
    return out;
  }
}
