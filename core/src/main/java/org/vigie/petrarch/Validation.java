package org.vigie.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codes the selected sentences of a validation file and compares, sentence by sentence, the set of
 * (source, target, code) coded with the set expected. A sentence passes when both are equal.
 */
public final class Validation {

  private Validation() {}

  /** Codes one sentence; may throw, which fails the sentence with the message. */
  @FunctionalInterface
  public interface Coder {
    Set<CodedEvent> code(ValidationSentence sentence);
  }

  /** The outcome of one sentence: what was coded, or the error that stopped it. */
  public record Outcome(ValidationSentence sentence, Set<CodedEvent> got, String error) {

    public boolean passed() {
      return error == null && got.equals(sentence.expected());
    }
  }

  /** The outcomes in file order, and how many sentences were not selected. */
  public record Result(List<Outcome> outcomes, int notSelected) {

    public Result {
      outcomes = List.copyOf(outcomes);
    }

    public long passed() {
      return outcomes.stream().filter(Outcome::passed).count();
    }

    public long failed() {
      return outcomes.size() - passed();
    }

    /** Per category, in order of first appearance: {passed, failed}. */
    public Map<String, long[]> byCategory() {
      Map<String, long[]> out = new LinkedHashMap<>();
      for (Outcome o : outcomes) {
        out.computeIfAbsent(o.sentence().category(), k -> new long[2])[o.passed() ? 0 : 1]++;
      }
      return out;
    }
  }

  public static Result run(ValidationFile file, Coder coder) {
    List<Outcome> outcomes = new ArrayList<>();
    int notSelected = 0;
    for (ValidationSentence s : file.sentences()) {
      if (!file.selects(s)) {
        notSelected++;
        continue;
      }
      try {
        outcomes.add(new Outcome(s, Set.copyOf(coder.code(s)), null));
      } catch (RuntimeException e) {
        outcomes.add(
            new Outcome(s, Set.of(), e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
    }
    return new Result(outcomes, notSelected);
  }
}
