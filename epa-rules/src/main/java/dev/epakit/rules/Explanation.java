package dev.epakit.rules;

import io.vavr.collection.List;
import java.util.Objects;

/**
 * The typed explanation of a decision: every rule checked and its verdict, in the order checked.
 * A decision is allowed when no verdict is a violation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param verdicts the verdicts, in order
 */
public record Explanation(List<Verdict> verdicts) {

  /** Checks nothing is null. */
  public Explanation {
    Objects.requireNonNull(verdicts, "verdicts");
  }

  /** @return true when no rule was violated */
  public boolean allowed() {
    return !verdicts.exists(Verdict::violated);
  }

  /** @return the violations, in order */
  public List<Violation> violations() {
    return verdicts.filter(Verdict::violated).map(Verdict::toViolation);
  }

  /**
   * The verdict of one rule.
   *
   * @param id the rule id
   * @return the verdict, or none when the rule was not checked
   */
  public io.vavr.control.Option<Verdict> verdict(RuleId id) {
    return verdicts.find(v -> v.rule().id().equals(id));
  }

  /**
   * This explanation followed by another's verdicts.
   *
   * @param other another explanation
   * @return a new explanation
   */
  public Explanation and(Explanation other) {
    return new Explanation(verdicts.appendAll(other.verdicts));
  }

  @Override
  public String toString() {
    return verdicts.mkString("Explanation[", "; ", "]");
  }
}
