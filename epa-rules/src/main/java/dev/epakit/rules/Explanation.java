package dev.epakit.rules;

import io.vavr.collection.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The typed explanation of a decision: every rule checked and its verdict, in the order checked.
 * A decision is allowed when no verdict is a violation.
 *
 * <p>An explanation may be deferred ({@link #deferred(boolean, Supplier)}): the decision is known
 * at once and the verdicts are worked out the first time someone reads them, so a decision that
 * nobody asks to explain costs no verdicts. Either way the explanation reads the same.
 *
 * <p>Immutable and thread-safe; equality is by verdicts.
 */
public final class Explanation {

  private final boolean allowed;
  /** Works the verdicts out for a deferred explanation; null for one made of verdicts. */
  private final Supplier<List<Verdict>> source;
  private volatile List<Verdict> verdicts;

  /**
   * An explanation of the given verdicts.
   *
   * @param verdicts the verdicts, in order, not {@code null}
   */
  public Explanation(List<Verdict> verdicts) {
    this.verdicts = Objects.requireNonNull(verdicts, "verdicts");
    this.allowed = !verdicts.exists(Verdict::violated);
    this.source = null;
  }

  private Explanation(boolean allowed, Supplier<List<Verdict>> source) {
    this.allowed = allowed;
    this.source = source;
  }

  /**
   * An explanation whose verdicts are worked out when first read. The caller has decided already:
   * {@code allowed} must be true exactly when none of the verdicts will be a violation.
   *
   * @param allowed the decision the verdicts explain
   * @param verdicts works the verdicts out, in order; pure and thread-safe, never returning {@code
   *     null}; called at most once per reading thread
   * @return the explanation
   */
  public static Explanation deferred(boolean allowed, Supplier<List<Verdict>> verdicts) {
    return new Explanation(allowed, Objects.requireNonNull(verdicts, "verdicts"));
  }

  /** @return the verdicts, in order */
  public List<Verdict> verdicts() {
    List<Verdict> known = verdicts;
    if (known == null) {
      known = Objects.requireNonNull(source.get(), "verdicts");
      verdicts = known;
    }
    return known;
  }

  /** @return true when no rule was violated */
  public boolean allowed() {
    return allowed;
  }

  /** @return the violations, in order */
  public List<Violation> violations() {
    return verdicts().filter(Verdict::violated).map(Verdict::toViolation);
  }

  /**
   * The verdict of one rule.
   *
   * @param id the rule id
   * @return the verdict, or none when the rule was not checked
   */
  public io.vavr.control.Option<Verdict> verdict(RuleId id) {
    return verdicts().find(v -> v.rule().id().equals(id));
  }

  /**
   * This explanation followed by another's verdicts.
   *
   * @param other another explanation
   * @return a new explanation
   */
  public Explanation and(Explanation other) {
    return new Explanation(verdicts().appendAll(other.verdicts()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Explanation e && verdicts().equals(e.verdicts());
  }

  @Override
  public int hashCode() {
    return verdicts().hashCode();
  }

  @Override
  public String toString() {
    return verdicts().mkString("Explanation[", "; ", "]");
  }
}
