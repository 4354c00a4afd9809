package dev.epakit.rules.journey;

import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.grade.ScoreBands;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.plan.AppealPeriod;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.ResitRetakePolicy;
import java.time.Period;
import java.util.Map;

/** Plans used by the rule tests, each as the project's design notes (section 4) describe it. */
public final class Plans {

  private Plans() {}

  /**
   * Senior leader (ST0480, 2020): two methods, each Fail/Pass/Distinction; any fail gives Fail,
   * Distinction only with distinction in both, otherwise Pass; typical resit/retake wording.
   */
  static AssessmentPlan seniorLeader() {
    return seniorLeader(ResitRetakePolicy.typical());
  }

  static AssessmentPlan seniorLeader(ResitRetakePolicy policy) {
    return seniorLeaderBuilder().policy(policy).buildOrThrow();
  }

  /**
   * Senior leader with the typical policy, to be changed by plan tests before it is built.
   *
   * @return a builder of the plan
   */
  public static AssessmentPlan.Builder seniorLeaderBuilder() {
    GradeScale fpd = GradeScale.failPassDistinction();
    return AssessmentPlan.builder(Standard.of("ST0480", "1.0"))
        .title("Senior leader")
        .method(AssessmentMethod.graded("project", "Strategic business proposal, presentation with questioning", fpd))
        .method(AssessmentMethod.graded("discussion", "Professional discussion underpinned by a portfolio of evidence", fpd))
        .overallScale(fpd)
        .row("Fail", "*", "Fail")
        .row("*", "Fail", "Fail")
        .row("Pass", "Pass+", "Pass")
        .row("Distinction", "Pass", "Pass")
        .row("Distinction", "Distinction", "Distinction")
        .source("Senior leader assessment plan, ST0480, 2020");
  }

  /**
   * Lead adult care worker (ST0006) as far as the rules go: a 60-question situational judgement
   * test (Pass 40+, Merit 50+, Distinction 55+) taken before the professional discussion; one
   * further attempt within 3 months. The overall table here is illustrative, not the plan's.
   */
  static AssessmentPlan leadAdultCareWorker() {
    GradeScale fpmd = GradeScale.failPassMeritDistinction();
    ScoreBands bands = ScoreBands.create(fpmd, 60, Map.of("Pass", 40, "Merit", 50, "Distinction", 55)).get();
    return AssessmentPlan.builder(Standard.of("ST0006", "1.0"))
        .title("Lead adult care worker")
        .method(AssessmentMethod.scored("test", "Situational judgement test", bands))
        .method(AssessmentMethod.graded("discussion", "Professional discussion", fpmd))
        .overallScale(fpmd)
        .row("Fail", "*", "Fail")
        .row("*", "Fail", "Fail")
        .row("Pass+", "Pass", "Pass")
        .row("Pass", "Merit+", "Pass")
        .row("Merit+", "Merit", "Merit")
        .row("Merit", "Distinction", "Merit")
        .row("Distinction", "Distinction", "Distinction")
        .methodsInOrder(true)
        .policy(ResitRetakePolicy.builder().attemptLimit(1).resitWindow(Period.ofMonths(3))
            .retakeWindow(Period.ofMonths(3)).freshMaterialsRequired(true).build())
        .source("Lead adult care worker assessment plan, ST0006")
        .buildOrThrow();
  }

  /**
   * The plan of the design notes that resits a single failed method within 1 month with the full
   * grade range, but retakes the whole EPA, capped at Pass, when more than one method failed; fees
   * confirmed with the employer first.
   */
  static AssessmentPlan wholeEpaWhenTwoFail() {
    GradeScale fpd = GradeScale.failPassDistinction();
    return AssessmentPlan.builder(Standard.of("ST0999", "1.0"))
        .title("Whole EPA when more than one method fails")
        .method(AssessmentMethod.graded("observation", "Observation", fpd))
        .method(AssessmentMethod.graded("interview", "Interview", fpd))
        .overallScale(fpd)
        .row("Fail", "*", "Fail")
        .row("*", "Fail", "Fail")
        .row("Pass", "Pass+", "Pass")
        .row("Distinction", "Pass", "Pass")
        .row("Distinction", "Distinction", "Distinction")
        .policy(ResitRetakePolicy.builder().wholeEpaWhenMoreThanFailed(1).resitWindow(Period.ofMonths(1))
            .noCap().retakeCap("Pass").feeConfirmationRequired(true).appealPeriod(AppealPeriod.calendarDays(28))
            .build())
        .source("Design notes, section 4")
        .buildOrThrow();
  }

  /**
   * Business administrator (ST0070): no cap on resit or retake grades. The overall table here is
   * illustrative, not the plan's.
   */
  static AssessmentPlan businessAdministrator() {
    GradeScale fpmd = GradeScale.failPassMeritDistinction();
    return AssessmentPlan.builder(Standard.of("ST0070", "1.0"))
        .title("Business administrator")
        .method(AssessmentMethod.graded("test", "Knowledge test", fpmd))
        .method(AssessmentMethod.graded("portfolio", "Portfolio-based interview", fpmd))
        .overallScale(fpmd)
        .row("Fail", "*", "Fail")
        .row("*", "Fail", "Fail")
        .row("Pass", "Pass+", "Pass")
        .row("Merit+", "Pass", "Pass")
        .row("Merit+", "Merit", "Merit")
        .row("Merit", "Distinction", "Merit")
        .row("Distinction", "Distinction", "Distinction")
        .policy(ResitRetakePolicy.builder().noCap().build())
        .source("Business administrator assessment plan, ST0070")
        .buildOrThrow();
  }
}
