package dev.epakit.cli.journey;

import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.ResitRetakePolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assessment plans bundled with the command line, by name, for the demo and for trying the
 * commands before writing a plan file.
 */
public final class BundledPlans {

  private BundledPlans() {}

  private static final Map<String, AssessmentPlan> PLANS = Map.of("senior-leader", seniorLeader());

  /** @return the names of the bundled plans, sorted */
  public static List<String> names() {
    return PLANS.keySet().stream().sorted().toList();
  }

  /** @param name a bundled plan's name @return the plan, or empty */
  public static Optional<AssessmentPlan> named(String name) {
    return Optional.ofNullable(PLANS.get(name));
  }

  /**
   * Senior leader (ST0480, 2020), as the design notes (section 4) describe it: two methods, each
   * Fail/Pass/Distinction; any fail gives Fail, Distinction only with distinction in both,
   * otherwise Pass; the typical resit and retake wording (resit within 3 months, retake within 6,
   * every method within 6 months, capped at Pass unless exceptional circumstances; appeal within 20
   * working days; records kept six years).
   *
   * @return the plan
   */
  public static AssessmentPlan seniorLeader() {
    GradeScale fpd = GradeScale.failPassDistinction();
    return AssessmentPlan.builder(Standard.of("ST0480", "1.0"))
        .title("Senior leader")
        .method(AssessmentMethod.graded("project", "Work-based project with presentation and questioning", fpd))
        .method(AssessmentMethod.graded("discussion", "Professional discussion underpinned by a portfolio", fpd))
        .overallScale(fpd)
        .row("Fail", "*", "Fail").row("*", "Fail", "Fail")
        .row("Pass", "Pass+", "Pass").row("Distinction", "Pass", "Pass")
        .row("Distinction", "Distinction", "Distinction")
        .policy(ResitRetakePolicy.typical())
        .source("Senior leader assessment plan, ST0480, 2020")
        .buildOrThrow();
  }
}
