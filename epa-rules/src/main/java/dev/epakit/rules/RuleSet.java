package dev.epakit.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * Rules evaluated together. Evaluation checks every rule, never stopping at the first violation,
 * and returns the whole {@link Explanation}.
 *
 * <p>Immutable and thread-safe when its rules are.
 *
 * @param <C> the type of case checked
 * @param rules the rules, in evaluation order
 */
public record RuleSet<C>(List<Rule<C>> rules) {

  /** Checks nothing is null. */
  public RuleSet {
    Objects.requireNonNull(rules, "rules");
  }

  /**
   * A rule set of the given rules.
   *
   * @param <C> the case type
   * @param rules the rules
   * @return the set
   */
  public static <C> RuleSet<C> of(Seq<Rule<C>> rules) {
    return new RuleSet<>(List.ofAll(rules));
  }

  /**
   * Evaluates every rule.
   *
   * @param subject the case
   * @return every verdict, in order
   */
  public Explanation evaluate(C subject) {
    return new Explanation(rules.map(r -> r.evaluate(subject)));
  }

  /**
   * Whether every rule allows the case: the same answer as {@code evaluate(subject).allowed()},
   * without building the explanation, and stopping at the first violation.
   *
   * @param subject the case
   * @return true when no rule is violated
   */
  public boolean allows(C subject) {
    for (Rule<C> rule : rules) {
      if (rule.check().apply(subject).violated()) {
        return false;
      }
    }
    return true;
  }

  /** @return the descriptions of the rules */
  public List<RuleDescription> descriptions() {
    return rules.map(Rule::description);
  }
}
