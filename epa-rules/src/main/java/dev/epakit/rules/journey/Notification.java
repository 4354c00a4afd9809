package dev.epakit.rules.journey;

import dev.epakit.core.journey.Party;
import dev.epakit.rules.RuleDescription;
import java.util.Objects;

/**
 * Something the EPAO still owes a party about the latest outcome.
 *
 * <p>Immutable and thread-safe.
 *
 * @param party who is owed it
 * @param what what is owed
 * @param rule the rule that says so
 */
public record Notification(Party party, What what, RuleDescription rule) {

  /** What is owed. */
  public enum What {
    /** The result, through the Record a grade service and to the party. */
    RESULT,
    /** The result statement (after a fail). */
    RESULT_STATEMENT,
    /** The appeals process (after a fail). */
    APPEALS_PROCESS
  }

  /** Checks nothing is null. */
  public Notification {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(rule, "rule");
  }
}
