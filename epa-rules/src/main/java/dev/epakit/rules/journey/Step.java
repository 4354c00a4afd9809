package dev.epakit.rules.journey;

import dev.epakit.core.journey.Fact;
import dev.epakit.core.plan.AssessmentPlan;

/**
 * The case a journey rule checks: the plan, the state before the fact, the fact, and the state the
 * fact would lead to. The state after is worked out only for the few rules that read it, by the
 * thread that evaluates the rules. Immutable as far as the rules can see.
 */
final class Step {

  private final JourneyState before;
  private final Fact fact;
  private JourneyState after;

  private Step(JourneyState before, Fact fact) {
    this.before = before;
    this.fact = fact;
  }

  static Step of(JourneyState before, Fact fact) {
    return new Step(before, fact);
  }

  /** @return the assessment plan */
  AssessmentPlan plan() {
    return before.index.plan;
  }

  /** @return the state before the fact */
  JourneyState before() {
    return before;
  }

  /** @return the fact to record */
  Fact fact() {
    return fact;
  }

  /** @return the state if the fact were recorded */
  JourneyState after() {
    JourneyState known = after;
    if (known == null) {
      known = before.apply(fact);
      after = known;
    }
    return known;
  }
}
