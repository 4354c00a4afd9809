package dev.epakit.rules;

import java.util.Objects;

/**
 * One rule's verdict on one case: the rule and what its check found.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule evaluated
 * @param finding what it found
 */
public record Verdict(RuleDescription rule, Finding finding) {

  /** Checks nothing is null. */
  public Verdict {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(finding, "finding");
  }

  /** @return the finding's status */
  public Finding.Status status() {
    return finding.status();
  }

  /** @return true when the rule was violated */
  public boolean violated() {
    return finding.violated();
  }

  /** @return this verdict as a violation; only meaningful when {@link #violated()} */
  public Violation toViolation() {
    return new Violation(rule, finding.reasons(), finding.read());
  }

  @Override
  public String toString() {
    return rule.id() + " " + finding.status() + finding.reasons().mkString(": ", "; ", "");
  }
}
