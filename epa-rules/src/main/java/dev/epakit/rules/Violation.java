package dev.epakit.rules;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.util.Objects;

/**
 * Why something was refused: the rule broken, the reasons and the values read.
 *
 * <p>Immutable and thread-safe. Never contains an apprentice's name.
 *
 * @param rule the rule broken
 * @param reasons why, for people; at least one
 * @param read the values the rule read
 */
public record Violation(RuleDescription rule, List<String> reasons, Map<String, String> read) {

  /** Checks nothing is null. */
  public Violation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reasons, "reasons");
    Objects.requireNonNull(read, "read");
  }

  /** @return the id of the rule broken */
  public RuleId ruleId() {
    return rule.id();
  }

  @Override
  public String toString() {
    return rule.id() + " (" + rule.title() + "): " + reasons.mkString("; ");
  }
}
