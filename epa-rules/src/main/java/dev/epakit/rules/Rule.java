package dev.epakit.rules;

import java.util.Objects;
import java.util.function.Function;

/**
 * A rule: its description and a pure check over a case of type {@code C}.
 *
 * <p>A check reads the case and returns a {@link Finding}; it never throws for a case it does not
 * concern (it returns not applicable), reads no clock and does no I/O. Immutable and thread-safe
 * when the check is.
 *
 * @param <C> the type of case checked
 * @param description the rule's id, title and source
 * @param check the check
 */
public record Rule<C>(RuleDescription description, Function<? super C, Finding> check) {

  /** Checks nothing is null. */
  public Rule {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(check, "check");
  }

  /**
   * Evaluates the rule.
   *
   * @param subject the case
   * @return the verdict
   */
  public Verdict evaluate(C subject) {
    return new Verdict(description, check.apply(subject));
  }

  /** @return the rule's id */
  public RuleId id() {
    return description.id();
  }
}
