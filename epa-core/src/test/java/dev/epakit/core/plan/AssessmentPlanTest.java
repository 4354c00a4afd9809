package dev.epakit.core.plan;

import static dev.epakit.core.Contracts.assertDifferentValues;
import static dev.epakit.core.Contracts.assertEqualValues;
import static dev.epakit.core.Contracts.codes;
import static dev.epakit.core.Contracts.problems;
import static dev.epakit.core.Contracts.valid;
import static dev.epakit.core.plan.PlanExamples.FPD;
import static dev.epakit.core.plan.PlanExamples.FPMD;
import static dev.epakit.core.plan.PlanExamples.grades;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epakit.core.Problem;
import dev.epakit.core.grade.Grade;
import dev.epakit.core.identity.Standard;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AssessmentPlanTest {

  private static final Standard ST0480 = Standard.of("ST0480", "1.0");

  @Test
  void seniorLeaderPlanGivesTheOverallGradeOfEveryCombination() {
    // DESIGN.md section 4, Senior leader (ST0480, 2020): "overall fail if any method fails,
    // distinction only with distinction in both, otherwise pass".
    AssessmentPlan plan = valid(PlanExamples.seniorLeader().build());
    for (Grade first : FPD.grades()) {
      for (Grade second : FPD.grades()) {
        String expected = first.failing() || second.failing() ? "Fail"
            : first.isNamed("Distinction") && second.isNamed("Distinction") ? "Distinction"
            : "Pass";
        assertThat(plan.grading().overallFor(io.vavr.collection.List.of(first, second)).get().name())
            .as("%s + %s", first, second)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void accessorsAndDefaults() {
    AssessmentPlan plan = valid(AssessmentPlan.builder(ST0480)
        .method(AssessmentMethod.graded("project", "Project", FPD))
        .row("*", "Pass")
        .build());
    assertThat(plan.title()).isEqualTo("ST0480 1.0");
    assertThat(plan.standard()).isEqualTo(ST0480);
    assertThat(plan.effectiveFrom()).isEqualTo(LocalDate.of(2017, 1, 1));
    assertThat(plan.effectiveTo()).isEmpty();
    assertThat(plan.overallScale()).isEqualTo(FPD);
    assertThat(plan.methodsInOrder()).isFalse();
    assertThat(plan.failedMethodMayPass()).isFalse();
    assertThat(plan.policy()).isEqualTo(ResitRetakePolicy.typical());
    assertThat(plan.source()).isEmpty();
    assertThat(plan.methodIds()).containsExactly(MethodId.of("project"));
  }

  @Test
  void methodsKeepThePlansOrderAndCanBeFoundById() {
    AssessmentPlan plan = valid(PlanExamples.digitalSpecialist().build());
    assertThat(plan.methodIds()).containsExactly(MethodId.of("project"), MethodId.of("discussion"));
    assertThat(plan.method(MethodId.of("discussion")).get().name()).isEqualTo("Professional discussion");
    assertThat(plan.method(MethodId.of("test")).isEmpty()).isTrue();
    assertThat(plan.method(null).isEmpty()).isTrue();
    assertThat(plan.toString())
        .contains("Digital and technology solutions specialist")
        .contains("ST0482 1.0")
        .contains("project, discussion");
  }

  @Test
  void capsAreResolvedAgainstTheOverallScale() {
    AssessmentPlan typical = valid(PlanExamples.seniorLeader().build());
    assertThat(typical.resitCap().get()).isEqualTo(FPD.get(1));
    assertThat(typical.retakeCap().get()).isEqualTo(FPD.get(1));
    // DESIGN.md section 4: "Business administrator (ST0070) has no cap on resit or retake grades."
    AssessmentPlan uncapped = valid(PlanExamples.seniorLeader().policy(ResitRetakePolicy.builder().noCap().build()).build());
    assertThat(uncapped.resitCap().isEmpty()).isTrue();
    assertThat(uncapped.retakeCap().isEmpty()).isTrue();
    AssessmentPlan lowerCase = valid(PlanExamples.seniorLeader().policy(ResitRetakePolicy.builder().cap("pass").build()).build());
    assertThat(lowerCase.resitCap().get()).isEqualTo(FPD.get(1));
  }

  @Test
  void inForceBetweenItsEffectiveDatesInclusive() {
    AssessmentPlan plan = valid(PlanExamples.seniorLeader()
        .effectiveFrom(LocalDate.of(2020, 3, 1))
        .effectiveTo(LocalDate.of(2025, 8, 31))
        .build());
    assertThat(plan.inForceOn(LocalDate.of(2020, 2, 29))).isFalse();
    assertThat(plan.inForceOn(LocalDate.of(2020, 3, 1))).isTrue();
    assertThat(plan.inForceOn(LocalDate.of(2025, 8, 31))).isTrue();
    assertThat(plan.inForceOn(LocalDate.of(2025, 9, 1))).isFalse();
    AssessmentPlan open = valid(PlanExamples.seniorLeader().build());
    assertThat(open.inForceOn(LocalDate.of(2099, 1, 1))).isTrue();
    assertThat(open.inForceOn(LocalDate.of(2016, 12, 31))).isFalse();
  }

  @Test
  void everyStructuralProblemIsReportedAtOnce() {
    java.util.List<Problem> problems = problems(AssessmentPlan.builder(ST0480)
        .title(" ")
        .method(AssessmentMethod.graded("project", "Project", FPD))
        .method(AssessmentMethod.graded("project", "Project again", FPD))
        .method(AssessmentMethod.graded("discussion", "Discussion", FPD))
        .policy(ResitRetakePolicy.builder().cap("Merit").build())
        .row("Fail", "*", "Fail")                     // three methods: four cells needed
        .row("Merit", "*", "*", "Pass")               // Merit is not a grade of the project
        .row("*", "*", "*", "Excellent")              // Excellent is not an overall grade
        .build());
    assertThat(problems).extracting(Problem::code).containsExactlyInAnyOrder(
        "plan.title", "plan.duplicate-method", "plan.cap-grade",
        "table.row-size", "grade.unknown", "grade.unknown");
    assertThat(problems).filteredOn(p -> p.code().equals("plan.duplicate-method"))
        .singleElement().satisfies(p -> assertThat(p.message()).contains("'project'"));
    assertThat(problems).filteredOn(p -> p.code().equals("plan.cap-grade"))
        .singleElement().satisfies(p -> assertThat(p.message()).contains("'Merit'").contains("Fail, Pass, Distinction"));
    assertThat(problems).filteredOn(p -> p.code().equals("table.row-size"))
        .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("grading[0]"));
    assertThat(problems).filteredOn(p -> p.code().equals("grade.unknown")).extracting(Problem::field)
        .containsExactly("grading[1].project", "grading[2].overall");
  }

  @Test
  void aPlanNeedsAMethod() {
    assertThat(codes(AssessmentPlan.builder(ST0480).build())).containsExactly("plan.no-methods");
    assertThat(codes(AssessmentPlan.builder(ST0480)
        .policy(ResitRetakePolicy.builder().resitCap("Outstanding").retakeCap("Credit").build())
        .build()))
        .containsExactlyInAnyOrder("plan.no-methods", "plan.cap-grade", "plan.cap-grade");
  }

  @Test
  void theSameUnknownCapIsReportedOnce() {
    assertThat(codes(PlanExamples.seniorLeader().policy(ResitRetakePolicy.builder().cap("Merit").build()).build()))
        .containsExactly("plan.cap-grade");
  }

  @Test
  void buildOrThrowListsEveryProblem() {
    assertThatThrownBy(() -> AssessmentPlan.builder(ST0480).title("").buildOrThrow())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plan.title")
        .hasMessageContaining("plan.no-methods");
  }

  @Test
  void equality() {
    assertEqualValues(valid(PlanExamples.seniorLeader().build()), valid(PlanExamples.seniorLeader().build()));
    AssessmentPlan base = valid(PlanExamples.seniorLeader().build());
    java.util.List<UnaryOperator<AssessmentPlan.Builder>> changes = java.util.List.of(
        b -> b.title("Senior leader (2020)"),
        b -> b.effectiveFrom(LocalDate.of(2020, 1, 1)),
        b -> b.effectiveTo(LocalDate.of(2030, 1, 1)),
        b -> b.overallScale(FPMD),
        b -> b.row("Pass", "Pass", "Pass"),
        b -> b.methodsInOrder(true),
        b -> b.failedMethodMayPass(true),
        b -> b.policy(ResitRetakePolicy.builder().noCap().build()),
        b -> b.source("Senior leader end-point assessment plan, 2020"));
    for (UnaryOperator<AssessmentPlan.Builder> change : changes) {
      assertDifferentValues(base, valid(change.apply(PlanExamples.seniorLeader()).build()));
    }
    assertDifferentValues(base, valid(seniorLeaderLike(Standard.of("ST0480", "1.1"), "Second method").build()));
    assertDifferentValues(base, valid(seniorLeaderLike(ST0480, "Second method, revised").build()));
    assertEqualValues(base, valid(seniorLeaderLike(ST0480, "Second method").build()));
  }

  private static AssessmentPlan.Builder seniorLeaderLike(Standard standard, String secondMethodName) {
    return AssessmentPlan.builder(standard)
        .title("Senior leader")
        .method(AssessmentMethod.graded("first", "First method", FPD))
        .method(AssessmentMethod.graded("second", secondMethodName, FPD))
        .row("Fail", "*", "Fail").row("*", "Fail", "Fail").row("Pass", "Pass+", "Pass")
        .row("Distinction", "Pass", "Pass").row("Distinction", "Distinction", "Distinction");
  }

  @Test
  void reusingABuilderDoesNotChangeAPlanAlreadyBuilt() {
    AssessmentPlan.Builder builder = PlanExamples.seniorLeader();
    AssessmentPlan first = valid(builder.build());
    builder.title("Changed")
        .method(AssessmentMethod.graded("third", "Third method", FPD))
        .row("Pass", "Pass", "Pass", "Pass")
        .methodsInOrder(true);
    builder.build();
    assertThat(first.title()).isEqualTo("Senior leader");
    assertThat(first.methods()).hasSize(2);
    assertThat(first.grading().rows()).hasSize(5);
    assertThat(first.methodsInOrder()).isFalse();
    assertThat(first).isEqualTo(valid(PlanExamples.seniorLeader().build()));
  }

  @Test
  void methodsAreAPersistentList() {
    AssessmentPlan plan = valid(PlanExamples.seniorLeader().build());
    assertThat(plan.methods().append(AssessmentMethod.graded("third", "Third", FPD))).hasSize(3);
    assertThat(plan.methods()).hasSize(2);
    assertThatThrownBy(() -> plan.methods().asJava().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theGradingTableUsesThePlansMethodOrder() {
    AssessmentPlan plan = valid(PlanExamples.digitalSpecialist().build());
    // Project first: project distinction with discussion pass gives merit (DESIGN.md section 4, ST0482).
    assertThat(plan.grading().overallFor(grades(FPMD, "Distinction", "Pass")).get().name()).isEqualTo("Merit");
  }

  @Test
  void nullsAreRefusedByTheBuilder() {
    assertThatThrownBy(() -> AssessmentPlan.builder(null)).isInstanceOf(NullPointerException.class);
    AssessmentPlan.Builder builder = AssessmentPlan.builder(ST0480);
    assertThatThrownBy(() -> builder.title(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.method(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.overallScale(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.policy(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.source(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.effectiveFrom(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.effectiveTo(null)).isInstanceOf(NullPointerException.class);
  }
}
