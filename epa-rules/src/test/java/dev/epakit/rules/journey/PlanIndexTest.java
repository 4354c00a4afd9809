package dev.epakit.rules.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.grade.ScoreBands;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.journey.Mark;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import dev.epakit.core.plan.ResitRetakePolicy;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the journey rules read from a plan, worked out once per plan. */
class PlanIndexTest {

  private static final ScoreBands BANDS =
      ScoreBands.create(GradeScale.failPassMeritDistinction(), 60, Map.of("Pass", 40, "Merit", 50, "Distinction", 55))
          .get();

  private static AssessmentPlan plan(ResitRetakePolicy policy) {
    return AssessmentPlan.builder(Standard.of("ST0006", "1.0"))
        .method(AssessmentMethod.scored("test", "Knowledge test", BANDS))
        .method(AssessmentMethod.graded("discussion", "Discussion", GradeScale.failPassDistinction()))
        .overallScale(GradeScale.failPassDistinction())
        .row("Fail", "*", "Fail").row("*", "Fail", "Fail")
        .row("Pass+", "Pass", "Pass").row("Pass+", "Distinction", "Pass")
        .row("Distinction", "Distinction", "Distinction")
        .effectiveFrom(LocalDate.of(2020, 1, 1)).effectiveTo(LocalDate.of(2024, 12, 31))
        .policy(policy).buildOrThrow();
  }

  private static final AssessmentPlan PLAN = plan(ResitRetakePolicy.typical());

  @Test
  void aPlanIsIndexedOnceAndEachPlanByItself() {
    PlanIndex index = PlanIndex.of(PLAN);
    assertThat(PlanIndex.of(PLAN)).isSameAs(index);
    AssessmentPlan equal = plan(ResitRetakePolicy.typical());
    assertThat(equal).isEqualTo(PLAN);
    PlanIndex other = PlanIndex.of(equal);
    assertThat(other.plan).isSameAs(equal);
    assertThat(PlanIndex.of(PLAN).plan).isSameAs(PLAN);
  }

  @Test
  void methodsByPositionInPlanOrder() {
    PlanIndex index = PlanIndex.of(PLAN);
    assertThat(index.size()).isEqualTo(2);
    assertThat(index.position(MethodId.of("test"))).isZero();
    assertThat(index.position(MethodId.of("discussion"))).isEqualTo(1);
    assertThat(index.position(MethodId.of("project"))).isEqualTo(PlanIndex.NO_RANK);
  }

  @Test
  void marksGiveTheGradesTheirScalesAndBandsGive() {
    PlanIndex index = PlanIndex.of(PLAN);
    assertThat(index.rank(0, Mark.score(0))).isZero();
    assertThat(index.rank(0, Mark.score(39))).isZero();
    assertThat(index.rank(0, Mark.score(40))).isEqualTo(1);
    assertThat(index.rank(0, Mark.score(54))).isEqualTo(2);
    assertThat(index.rank(0, Mark.score(55))).isEqualTo(3);
    assertThat(index.rank(0, Mark.score(60))).isEqualTo(3);
    assertThat(index.rank(0, Mark.score(61))).isEqualTo(PlanIndex.NO_RANK);
    assertThat(index.rank(0, Mark.score(-1))).isEqualTo(PlanIndex.NO_RANK);
    assertThat(index.rank(0, Mark.grade(" merit "))).isEqualTo(2);
    assertThat(index.rank(1, Mark.score(50))).as("a graded method takes no score").isEqualTo(PlanIndex.NO_RANK);
    assertThat(index.rank(1, Mark.grade("DISTINCTION"))).isEqualTo(2);
    assertThat(index.rank(1, Mark.grade("Merit"))).isEqualTo(PlanIndex.NO_RANK);
    assertThat(index.rank(-1, Mark.grade("Pass"))).isEqualTo(PlanIndex.NO_RANK);
    assertThat(index.failing(1, 0)).isTrue();
    assertThat(index.failing(1, 1)).isFalse();
  }

  @Test
  void theTableGivesTheGradeEveryMatchingRowAgreesOn() {
    PlanIndex index = PlanIndex.of(PLAN);
    assertThat(index.tableRank(new int[] {0, 0})).isZero();
    assertThat(index.tableRank(new int[] {1, 1})).isEqualTo(1);
    assertThat(index.tableRank(new int[] {3, 1})).as("Pass+ matches above Pass").isEqualTo(1);
    assertThat(index.tableRank(new int[] {3, 2})).as("Pass+ and Distinction rows disagree").isEqualTo(PlanIndex.NO_RANK);
    assertThat(index.tableRank(new int[] {2, 2})).isEqualTo(1);
    assertThat(index.tableRank(new int[] {1})).as("a tuple of the wrong size").isEqualTo(PlanIndex.NO_RANK);
    AssessmentPlan gap = AssessmentPlan.builder(Standard.of("ST0006", "1.0"))
        .method(AssessmentMethod.graded("discussion", "Discussion", GradeScale.failPassDistinction()))
        .row("Pass", "Pass").buildOrThrow();
    assertThat(PlanIndex.of(gap).tableRank(new int[] {2})).isEqualTo(PlanIndex.NO_RANK);
    assertThat(PlanIndex.of(gap).tableRank(new int[] {1})).isEqualTo(1);
    assertThat(PlanIndex.of(gap).tableRank(new int[] {1, 1})).as("a tuple of the wrong size").isEqualTo(PlanIndex.NO_RANK);
  }

  @Test
  void capsWindowsAndDatesOfThePolicy() {
    PlanIndex typical = PlanIndex.of(PLAN);
    assertThat(typical.cap(null)).isEqualTo(PlanIndex.NO_RANK);
    assertThat(typical.cap(AttemptKind.RESIT)).isEqualTo(1);
    assertThat(typical.window(AttemptKind.RESIT)).isEqualTo(Period.ofMonths(3));
    assertThat(typical.window(AttemptKind.RETAKE)).isEqualTo(Period.ofMonths(6));
    assertThat(typical.inForceOn(LocalDate.of(2020, 1, 1))).isTrue();
    assertThat(typical.inForceOn(LocalDate.of(2019, 12, 31))).isFalse();
    assertThat(typical.inForceOn(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(typical.inForceOn(LocalDate.of(2025, 1, 1))).isFalse();
    assertThat(typical.attemptLimit).isEqualTo(PlanIndex.NO_LIMIT);
    assertThat(typical.wholeEpaWhenMoreThanFailed).isEqualTo(PlanIndex.NO_LIMIT);
    PlanIndex strict = PlanIndex.of(plan(ResitRetakePolicy.builder().resitCap("Distinction").retakeCap("Pass")
        .attemptLimit(1).wholeEpaWhenMoreThanFailed(1).noHardWindow().build()));
    assertThat(strict.cap(AttemptKind.RESIT)).isEqualTo(2);
    assertThat(strict.cap(AttemptKind.RETAKE)).isEqualTo(1);
    assertThat(strict.attemptLimit).isEqualTo(1);
    assertThat(strict.wholeEpaWhenMoreThanFailed).isEqualTo(1);
    assertThat(strict.hardWindow).isNull();
  }
}
