package dev.epakit.rules.journey;

import dev.epakit.core.journey.Fact;
import dev.epakit.core.plan.AssessmentPlan;

/**
 * The case a journey rule checks: the plan, the state before the fact, the fact, and the state the
 * fact would lead to. Immutable.
 *
 * @param plan the assessment plan
 * @param before the state before the fact
 * @param fact the fact to record
 * @param after the state if the fact were recorded
 */
record Step(AssessmentPlan plan, JourneyState before, Fact fact, JourneyState after) {

  static Step of(JourneyState before, Fact fact) {
    return new Step(before.index.plan, before, fact, before.apply(fact));
  }
}
