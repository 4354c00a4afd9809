package dev.epakit.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.grade.ScoreBands;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import dev.epakit.core.plan.ResitRetakePolicy;
import dev.epakit.rules.journey.Plans;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanCheckTest {

  static final GradeScale FPD = GradeScale.failPassDistinction();
  static final GradeScale FPMD = GradeScale.failPassMeritDistinction();

  /** Senior leader (ST0480, 2020) as the design notes describe it. */
  static AssessmentPlan.Builder seniorLeader() {
    return Plans.seniorLeaderBuilder();
  }

  /** Digital and technology solutions specialist (ST0482): the asymmetric table. */
  static AssessmentPlan.Builder digitalSpecialist() {
    return AssessmentPlan.builder(Standard.of("ST0482", "1.0"))
        .title("Digital and technology solutions specialist")
        .method(AssessmentMethod.graded("project", "Work-based project", FPMD))
        .method(AssessmentMethod.graded("discussion", "Professional discussion", FPMD))
        .overallScale(FPMD)
        .row("Fail", "*", "Fail")
        .row("*", "Fail", "Fail")
        .row("Pass", "Pass+", "Pass")
        .row("Merit", "Pass+", "Merit")
        .row("Distinction", "Pass", "Merit")
        .row("Distinction", "Merit+", "Distinction")
        .source("ST0482");
  }

  static List<PlanFinding> check(AssessmentPlan.Builder b) {
    return PlanCheck.check(b.buildOrThrow());
  }

  static List<String> codes(AssessmentPlan.Builder b) {
    return check(b).map(PlanFinding::code);
  }

  @Test
  void soundPlansHaveNoFindings() {
    assertThat(check(seniorLeader())).isEmpty();
    assertThat(check(digitalSpecialist())).isEmpty();
  }

  @Test
  void everyKindHasAUniqueCode() {
    assertThat(List.of(PlanCheckKind.values()).map(PlanCheckKind::code).distinct())
        .hasSize(PlanCheckKind.values().length);
  }

  @Test
  void aGapNamesTheCombination() {
    List<PlanFinding> findings = check(digitalSpecialist().policy(ResitRetakePolicy.typical())
        .overallScale(FPMD));
    assertThat(findings).isEmpty();
    AssessmentPlan.Builder gappy = AssessmentPlan.builder(Standard.of("ST0480", "1.0"))
        .method(AssessmentMethod.graded("project", "Project", FPD))
        .method(AssessmentMethod.graded("discussion", "Discussion", FPD))
        .row("Pass", "Pass+", "Pass")
        .row("Distinction", "Distinction", "Distinction")
        .source("test");
    List<PlanFinding> gaps = check(gappy).filter(f -> f.kind() == PlanCheckKind.TABLE_GAP);
    assertThat(gaps).hasSize(1);
    assertThat(gaps.head().path()).isEqualTo("grading");
    assertThat(gaps.head().combination().get(MethodId.of("project")).get().name()).isEqualTo("Distinction");
    assertThat(gaps.head().combination().get(MethodId.of("discussion")).get().name()).isEqualTo("Pass");
    assertThat(gaps.head().message()).contains("project Distinction, discussion Pass");
  }

  @Test
  void rowsForFailedMethodsAreNotNeededUnlessAFailedMethodMayPass() {
    AssessmentPlan.Builder noFailRows = AssessmentPlan.builder(Standard.of("ST0480", "1.0"))
        .method(AssessmentMethod.graded("project", "Project", FPD))
        .method(AssessmentMethod.graded("discussion", "Discussion", FPD))
        .row("Pass", "Pass+", "Pass")
        .row("Distinction", "Pass", "Pass")
        .row("Distinction", "Distinction", "Distinction")
        .source("test");
    assertThat(codes(noFailRows)).isEmpty();
    assertThat(codes(noFailRows.failedMethodMayPass(true))).contains("table.gap");
  }

  @Test
  void manyGapsAreCountedNotListed() {
    AssessmentPlan.Builder b = AssessmentPlan.builder(Standard.of("ST0480", "1.0"))
        .source("test").failedMethodMayPass(true);
    for (int i = 0; i < 6; i++) {
      b.method(AssessmentMethod.graded("m" + i, "Method " + i, FPMD));
    }
    b.row("Distinction", "Distinction", "Distinction", "Distinction", "Distinction", "Distinction", "Distinction");
    List<PlanFinding> gaps = check(b).filter(f -> f.kind() == PlanCheckKind.TABLE_GAP);
    assertThat(gaps).hasSize(PlanCheck.EXAMPLES + 1);
    assertThat(gaps.last().message()).contains("and " + (4096 - 1 - PlanCheck.EXAMPLES) + " more");
  }

  @Test
  void conflictingRowsAreReportedOncePerPairAtTheLaterRow() {
    List<PlanFinding> findings = check(seniorLeader().row("Pass", "Pass", "Distinction"));
    List<PlanFinding> conflicts = findings.filter(f -> f.kind() == PlanCheckKind.TABLE_CONFLICT);
    assertThat(conflicts).hasSize(1);
    assertThat(conflicts.head().path()).isEqualTo("grading[5]");
    assertThat(conflicts.head().message()).contains("grading[2] gives Pass but grading[5] gives Distinction");
  }

  @Test
  void agreeingOverlapIsNoConflict() {
    assertThat(codes(seniorLeader())).doesNotContain("table.conflict");
  }

  @Test
  void aBetterMethodGradeGivingAWorseOverallIsNotMonotone() {
    AssessmentPlan.Builder b = AssessmentPlan.builder(Standard.of("ST0480", "1.0"))
        .method(AssessmentMethod.graded("project", "Project", FPD))
        .method(AssessmentMethod.graded("discussion", "Discussion", FPD))
        .row("Fail", "*", "Fail")
        .row("*", "Fail", "Fail")
        .row("Pass", "Pass", "Distinction")
        .row("Pass", "Distinction", "Pass")
        .row("Distinction", "Pass+", "Distinction")
        .source("test");
    List<PlanFinding> findings = check(b).filter(f -> f.kind() == PlanCheckKind.TABLE_NOT_MONOTONE);
    assertThat(findings).hasSize(1);
    assertThat(findings.head().path()).isEqualTo("grading[3]");
    assertThat(findings.head().message()).startsWith("raising discussion from Pass to Distinction lowers the overall grade from Distinction to Pass");
  }

  @Test
  void anOverallGradeNoCombinationGivesIsUnreachable() {
    List<PlanFinding> findings = check(seniorLeader().overallScale(FPMD));
    assertThat(findings.map(PlanFinding::code)).containsExactly("table.unreachable-grade");
    assertThat(findings.head().path()).isEqualTo("overall.grades[2]");
    assertThat(findings.head().severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void aRowThatPassesAFailedMethodIsAnErrorUnlessAllowed() {
    AssessmentPlan.Builder b = seniorLeader().row("Fail", "Distinction", "Pass");
    assertThat(codes(b)).contains("table.failed-method-passes", "table.conflict");
    List<PlanFinding> f = check(b).filter(x -> x.kind() == PlanCheckKind.TABLE_FAILED_METHOD_PASSES);
    assertThat(f.head().path()).isEqualTo("grading[5]");
    AssessmentPlan.Builder allowed = AssessmentPlan.builder(Standard.of("ST0480", "1.0"))
        .method(AssessmentMethod.graded("project", "Project", FPD))
        .method(AssessmentMethod.graded("discussion", "Discussion", FPD))
        .failedMethodMayPass(true)
        .row("Fail", "Fail+", "Fail")
        .row("Pass", "Fail", "Fail")
        .row("Distinction", "Fail", "Pass")
        .row("Pass", "Pass+", "Pass")
        .row("Distinction", "Pass", "Pass")
        .row("Distinction", "Distinction", "Distinction")
        .source("test");
    assertThat(codes(allowed)).isEmpty();
  }

  @Test
  void aFailedMethodMayPassThatNoRowUsesIsAWarning() {
    assertThat(codes(seniorLeader().failedMethodMayPass(true))).containsExactly("table.failed-method-may-pass-unused");
  }

  @Test
  void aRowThatDecidesNothingIsRedundant() {
    List<PlanFinding> findings = check(seniorLeader().row("Fail", "Fail", "Fail"));
    assertThat(findings.map(PlanFinding::code)).containsExactly("table.redundant-row");
    assertThat(findings.head().path()).isEqualTo("grading[5]");
  }

  @Test
  void capsArePassingGradesBelowTheTop() {
    assertThat(codes(seniorLeader().policy(ResitRetakePolicy.builder().resitCap("Fail").build())))
        .containsExactly("policy.cap-not-passing");
    List<PlanFinding> top = check(seniorLeader().policy(ResitRetakePolicy.builder().retakeCap("Distinction").build()));
    assertThat(top.map(PlanFinding::code)).containsExactly("policy.cap-highest");
    assertThat(top.head().path()).isEqualTo("policy.retakeCap");
    assertThat(codes(seniorLeader().policy(ResitRetakePolicy.builder().noCap().build()))).isEmpty();
  }

  @Test
  void windowsEndWithinTheHardWindow() {
    List<PlanFinding> f = check(seniorLeader().policy(ResitRetakePolicy.builder()
        .retakeWindow(Period.ofMonths(12)).hardWindow(Period.ofMonths(6)).build()));
    assertThat(f.map(PlanFinding::code)).containsExactly("policy.window-beyond-hard");
    assertThat(f.head().path()).isEqualTo("policy.retakeWindow");
    // 31 days is longer than some months: February
    List<PlanFinding> days = check(seniorLeader().policy(ResitRetakePolicy.builder()
        .resitWindow(Period.ofDays(31)).retakeWindow(Period.ofMonths(1)).hardWindow(Period.ofMonths(1)).build()));
    assertThat(days.map(PlanFinding::path)).containsExactly("policy.resitWindow");
    assertThat(days.head().message()).contains("31 days").contains("1 month");
    assertThat(codes(seniorLeader().policy(ResitRetakePolicy.builder()
        .resitWindow(Period.ofDays(28)).retakeWindow(Period.ofMonths(6)).hardWindow(Period.ofMonths(6)).build())))
        .isEmpty();
    assertThat(codes(seniorLeader().policy(ResitRetakePolicy.builder()
        .retakeWindow(Period.ofMonths(12)).noHardWindow().build()))).isEmpty();
  }

  @Test
  void aWholeEpaThresholdAtOrAboveTheMethodCountNeverApplies() {
    List<PlanFinding> f = check(seniorLeader().policy(ResitRetakePolicy.builder().wholeEpaWhenMoreThanFailed(2).build()));
    assertThat(f.map(PlanFinding::code)).containsExactly("policy.whole-epa-never");
    assertThat(codes(seniorLeader().policy(ResitRetakePolicy.builder().wholeEpaWhenMoreThanFailed(1).build()))).isEmpty();
  }

  @Test
  void effectiveDatesAreInOrder() {
    List<PlanFinding> f = check(seniorLeader().effectiveFrom(LocalDate.of(2020, 1, 1)).effectiveTo(LocalDate.of(2019, 12, 31)));
    assertThat(f.map(PlanFinding::code)).containsExactly("effective.order");
    assertThat(f.head().path()).isEqualTo("effective.to");
    assertThat(codes(seniorLeader().effectiveFrom(LocalDate.of(2020, 1, 1)).effectiveTo(LocalDate.of(2020, 1, 1)))).isEmpty();
  }

  @Test
  void aPlanWithoutASourceIsAWarning() {
    List<PlanFinding> f = check(seniorLeader().source(" "));
    assertThat(f.map(PlanFinding::code)).containsExactly("source.missing");
    assertThat(f.head().isError()).isFalse();
  }

  @Test
  void anOverallScaleWithoutAFailingGradeIsAnError() {
    GradeScale passOnly = GradeScale.create(java.util.List.of(), java.util.List.of("Pass", "Distinction")).get();
    AssessmentPlan.Builder b = AssessmentPlan.builder(Standard.of("ST0480", "1.0"))
        .method(AssessmentMethod.graded("project", "Project", FPD))
        .overallScale(passOnly)
        .row("Pass+", "Pass")
        .row("Fail", "Pass")
        .failedMethodMayPass(true)
        .source("test");
    assertThat(codes(b)).contains("overall.no-failing-grade").doesNotContain("table.gap");
  }

  @Test
  void scoredMethodsWithGoodBandsPass() {
    ScoreBands bands = ScoreBands.create(FPMD, 60, Map.of("Pass", 40, "Merit", 50, "Distinction", 55)).get();
    AssessmentPlan.Builder b = AssessmentPlan.builder(Standard.of("ST0006", "1.0"))
        .method(AssessmentMethod.scored("test", "Test", bands))
        .overallScale(FPMD)
        .row("*", "Pass").row("Fail", "Fail")
        .source("test");
    AssessmentPlan.Builder one = AssessmentPlan.builder(Standard.of("ST0006", "1.0"))
        .method(AssessmentMethod.scored("test", "Test", bands))
        .overallScale(FPMD)
        .row("Fail", "Fail").row("Pass", "Pass").row("Merit", "Merit").row("Distinction", "Distinction")
        .source("test");
    assertThat(codes(one)).isEmpty();
    assertThat(codes(b)).contains("table.conflict");
  }

  @Test
  void hugeTablesAreRefusedNotEnumerated() {
    GradeScale ten = GradeScale.of("F", "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9");
    AssessmentPlan.Builder b = AssessmentPlan.builder(Standard.of("ST0480", "1.0")).overallScale(ten).source("x")
        .policy(ResitRetakePolicy.builder().noCap().build());
    for (int i = 0; i < 7; i++) {
      b.method(AssessmentMethod.graded("m" + i, "M" + i, ten));
    }
    b.row("*", "*", "*", "*", "*", "*", "*", "P1");
    assertThat(codes(b)).contains("table.too-large").doesNotContain("table.gap");
  }
}
