package dev.epakit.core.plan;

import dev.epakit.core.grade.Grade;
import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.identity.Standard;
import io.vavr.collection.List;

/** Published plans used as examples by the plan tests; each cites its source. */
final class PlanExamples {

  private PlanExamples() {}

  static final GradeScale FPD = GradeScale.failPassDistinction();
  static final GradeScale FPMD = GradeScale.failPassMeritDistinction();

  /**
   * Senior leader (ST0480, 2020), DESIGN.md section 4: "two methods, each fail/pass/distinction;
   * overall fail if any method fails, distinction only with distinction in both, otherwise pass".
   * The design notes do not name the two methods, so their ids here are neutral.
   */
  static AssessmentPlan.Builder seniorLeader() {
    return AssessmentPlan.builder(Standard.of("ST0480", "1.0"))
        .title("Senior leader")
        .method(AssessmentMethod.graded("first", "First method", FPD))
        .method(AssessmentMethod.graded("second", "Second method", FPD))
        .overallScale(FPD)
        .row("Fail", "*", "Fail")
        .row("*", "Fail", "Fail")
        .row("Pass", "Pass+", "Pass")
        .row("Distinction", "Pass", "Pass")
        .row("Distinction", "Distinction", "Distinction");
  }

  /**
   * Digital and technology solutions specialist, level 7 (ST0482), DESIGN.md section 4: "project
   * report and professional discussion, each fail/pass/merit/distinction; any fail gives fail;
   * project pass gives pass; project merit gives merit; project distinction with discussion pass
   * gives merit; project distinction with discussion merit or distinction gives distinction."
   */
  static AssessmentPlan.Builder digitalSpecialist() {
    return AssessmentPlan.builder(Standard.of("ST0482", "1.0"))
        .title("Digital and technology solutions specialist")
        .method(AssessmentMethod.graded("project", "Project report", FPMD))
        .method(AssessmentMethod.graded("discussion", "Professional discussion", FPMD))
        .overallScale(FPMD)
        .row("Fail", "*", "Fail")
        .row("*", "Fail", "Fail")
        .row("Pass", "Pass+", "Pass")
        .row("Merit", "Pass+", "Merit")
        .row("Distinction", "Pass", "Merit")
        .row("Distinction", "Merit+", "Distinction");
  }

  static List<Grade> grades(GradeScale scale, String... names) {
    return List.of(names).map(n -> scale.find(n).getOrElseThrow(() -> new IllegalArgumentException(n)));
  }
}
