package dev.epakit.core.plan;

import static dev.epakit.core.Contracts.assertDifferentValues;
import static dev.epakit.core.Contracts.assertEqualValues;
import static dev.epakit.core.Contracts.onlyProblem;
import static dev.epakit.core.Contracts.problems;
import static dev.epakit.core.Contracts.valid;
import static dev.epakit.core.plan.PlanExamples.FPD;
import static dev.epakit.core.plan.PlanExamples.FPMD;
import static dev.epakit.core.plan.PlanExamples.grades;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.epakit.core.Problem;
import dev.epakit.core.grade.Grade;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradingTableTest {

  private static final GradingTable SENIOR_LEADER = PlanExamples.seniorLeader().buildOrThrow().grading();
  private static final GradingTable ST0482 = PlanExamples.digitalSpecialist().buildOrThrow().grading();

  // DESIGN.md section 4, Senior leader (ST0480, 2020): "overall fail if any method fails,
  // distinction only with distinction in both, otherwise pass".
  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource({
    "Fail,        Fail,        Fail",
    "Fail,        Pass,        Fail",
    "Fail,        Distinction, Fail",
    "Pass,        Fail,        Fail",
    "Pass,        Pass,        Pass",
    "Pass,        Distinction, Pass",
    "Distinction, Fail,        Fail",
    "Distinction, Pass,        Pass",
    "Distinction, Distinction, Distinction",
  })
  void seniorLeaderGivesTheOverallGradeOfEachOfTheNineCombinations(String first, String second, String overall) {
    assertThat(SENIOR_LEADER.overallFor(grades(FPD, first, second)).get().name()).isEqualTo(overall);
  }

  // DESIGN.md section 4, ST0482: "any fail gives fail; project pass gives pass; project merit gives
  // merit; project distinction with discussion pass gives merit; project distinction with discussion
  // merit or distinction gives distinction. (Asymmetric.)"
  @ParameterizedTest(name = "project {0} + discussion {1} -> {2}")
  @CsvSource({
    "Fail,        Fail,        Fail",
    "Fail,        Pass,        Fail",
    "Fail,        Merit,       Fail",
    "Fail,        Distinction, Fail",
    "Pass,        Fail,        Fail",
    "Pass,        Pass,        Pass",
    "Pass,        Merit,       Pass",
    "Pass,        Distinction, Pass",
    "Merit,       Fail,        Fail",
    "Merit,       Pass,        Merit",
    "Merit,       Merit,       Merit",
    "Merit,       Distinction, Merit",
    "Distinction, Fail,        Fail",
    "Distinction, Pass,        Merit",
    "Distinction, Merit,       Distinction",
    "Distinction, Distinction, Distinction",
  })
  void st0482GivesTheOverallGradeOfEachOfTheSixteenCombinations(String project, String discussion, String overall) {
    assertThat(ST0482.overallFor(grades(FPMD, project, discussion)).get().name()).isEqualTo(overall);
  }

  @Test
  void st0482IsNotSymmetric() {
    // Project distinction with discussion pass gives merit; the reverse gives pass.
    assertThat(ST0482.overallFor(grades(FPMD, "Distinction", "Pass")).get().name()).isEqualTo("Merit");
    assertThat(ST0482.overallFor(grades(FPMD, "Pass", "Distinction")).get().name()).isEqualTo("Pass");
  }

  // DESIGN.md section 4, Quality practitioner, level 4: "merit with merit or better in both
  // methods, or a distinction and a pass; distinction with distinction in both". The notes give no
  // method scales; fail/pass/merit/distinction is assumed for both.
  @Test
  void atLeastPatternsEncodeTheQualityPractitionerTable() {
    GradingTable table = valid(GradingTable.parse(twoMethods(), FPMD, java.util.List.of(
        java.util.List.of("Fail", "*", "Fail"),
        java.util.List.of("*", "Fail", "Fail"),
        java.util.List.of("Pass", "Pass", "Pass"),
        java.util.List.of("Pass", "Merit", "Pass"),
        java.util.List.of("Merit", "Pass", "Pass"),
        java.util.List.of("Merit", "Merit+", "Merit"),
        java.util.List.of("Distinction", "Merit", "Merit"),
        java.util.List.of("Distinction", "Pass", "Merit"),
        java.util.List.of("Pass", "Distinction", "Merit"),
        java.util.List.of("Distinction", "Distinction", "Distinction"))));
    for (Grade a : FPMD.grades()) {
      for (Grade b : FPMD.grades()) {
        String expected;
        if (a.failing() || b.failing()) {
          expected = "Fail";
        } else if (a.isNamed("Distinction") && b.isNamed("Distinction")) {
          expected = "Distinction";
        } else if ((a.rank() >= 2 && b.rank() >= 2) || (a.isNamed("Distinction") && b.isNamed("Pass"))
            || (a.isNamed("Pass") && b.isNamed("Distinction"))) {
          expected = "Merit";
        } else {
          expected = "Pass";
        }
        assertThat(table.overallFor(List.of(a, b)).get().name()).as("%s + %s", a, b).isEqualTo(expected);
      }
    }
  }

  @Test
  void meritPlusMatchesMeritAndBetterOnly() {
    GradingTable table = valid(GradingTable.parse(twoMethods(), FPMD, java.util.List.of(
        java.util.List.of("Merit+", "*", "Merit"))));
    assertThat(table.rows().head().cells().head()).isEqualTo(new GradePattern.AtLeast(FPMD.get(2)));
    assertThat(table.overallFor(grades(FPMD, "Pass", "Pass")).isEmpty()).isTrue();
    assertThat(table.overallFor(grades(FPMD, "Merit", "Fail")).get().name()).isEqualTo("Merit");
    assertThat(table.overallFor(grades(FPMD, "Distinction", "Fail")).get().name()).isEqualTo("Merit");
  }

  @Test
  void overlappingRowsThatAgreeGiveTheirGrade() {
    // "Fail, *" and "*, Fail" both match Fail, Fail, and agree.
    assertThat(SENIOR_LEADER.matching(grades(FPD, "Fail", "Fail"))).hasSize(2);
    assertThat(SENIOR_LEADER.overallFor(grades(FPD, "Fail", "Fail")).get().name()).isEqualTo("Fail");
  }

  @Test
  void overlappingRowsThatDisagreeGiveNoOverallGrade() {
    // A careless Quality practitioner table: "Merit+, Merit+" also matches Distinction, Distinction.
    GradingTable conflicting = valid(GradingTable.parse(twoMethods(), FPMD, java.util.List.of(
        java.util.List.of("Merit+", "Merit+", "Merit"),
        java.util.List.of("Distinction", "Distinction", "Distinction"))));
    List<Grade> bothDistinction = grades(FPMD, "Distinction", "Distinction");
    assertThat(conflicting.matching(bothDistinction)).hasSize(2);
    assertThat(conflicting.overallFor(bothDistinction).isEmpty()).isTrue();
    assertThat(conflicting.overallFor(grades(FPMD, "Merit", "Distinction")).get().name()).isEqualTo("Merit");
  }

  @Test
  void aCombinationNoRowMatchesHasNoOverallGrade() {
    GradingTable gappy = valid(GradingTable.parse(twoMethods(), FPMD, java.util.List.of(
        java.util.List.of("Fail", "*", "Fail"))));
    assertThat(gappy.matching(grades(FPMD, "Pass", "Pass"))).isEmpty();
    assertThat(gappy.overallFor(grades(FPMD, "Pass", "Pass")).isEmpty()).isTrue();
  }

  @Test
  void aTupleOfTheWrongLengthMatchesNoRow() {
    assertThat(SENIOR_LEADER.overallFor(grades(FPD, "Fail")).isEmpty()).isTrue();
    assertThat(SENIOR_LEADER.overallFor(grades(FPD, "Fail", "Fail", "Fail")).isEmpty()).isTrue();
    assertThat(SENIOR_LEADER.overallFor(List.empty()).isEmpty()).isTrue();
  }

  @Test
  void parseReadsWildcardsExactGradesAndAtLeastCells() {
    GradingTable table = valid(GradingTable.parse(twoMethods(), FPMD, java.util.List.of(
        java.util.List.of(" * ", " merit + ", "distinction"))));
    GradingTable.Row row = table.rows().head();
    assertThat(row.cells()).containsExactly(new GradePattern.Any(), new GradePattern.AtLeast(FPMD.get(2)));
    assertThat(row.overall()).isEqualTo(FPMD.get(3));
    assertThat(row).hasToString("*, Merit+ -> Distinction");
  }

  @Test
  void everyProblemOfEveryRowIsReportedWithItsField() {
    java.util.List<Problem> problems = problems(GradingTable.parse(twoMethods(), FPMD, java.util.List.of(
        java.util.List.of("Pass", "Pass", "Pass"),
        java.util.List.of("Pass", "Pass"),
        java.util.List.of("Excellent", "Pass+", "Pass"),
        java.util.List.of("Pass", "+", "Outstanding"))));
    assertThat(problems).extracting(Problem::code, Problem::field).containsExactly(
        tuple("table.row-size", "grading[1]"),
        tuple("grade.unknown", "grading[2].project"),
        tuple("grade.unknown", "grading[3].discussion"),
        tuple("grade.unknown", "grading[3].overall"));
    assertThat(problems.get(0).message()).contains("2 method grades").contains("has 2 cells");
    assertThat(problems.get(1).message()).contains("'Excellent'");
  }

  @Test
  void aCellGradeMustBelongToItsMethodsScale() {
    // The first method is fail/pass/distinction: Merit is not one of its grades.
    List<AssessmentMethod> methods = List.of(
        AssessmentMethod.graded("project", "Project", FPD), AssessmentMethod.graded("discussion", "Discussion", FPMD));
    Problem problem = onlyProblem(GradingTable.parse(methods, FPMD, java.util.List.of(
        java.util.List.of("Merit", "Merit", "Merit"))));
    assertThat(problem.field()).isEqualTo("grading[0].project");
    assertThat(problem.message()).contains("Fail, Pass, Distinction");
  }

  @Test
  void equality() {
    assertEqualValues(PlanExamples.seniorLeader().buildOrThrow().grading(), SENIOR_LEADER);
    assertDifferentValues(SENIOR_LEADER, ST0482);
    GradingTable reordered = GradingTable.of(SENIOR_LEADER.rows().reverse());
    assertDifferentValues(SENIOR_LEADER, reordered);
    assertEqualValues(GradingTable.of(SENIOR_LEADER.rows()), SENIOR_LEADER);
  }

  @Test
  void rowsArePersistent() {
    List<GradingTable.Row> rows = SENIOR_LEADER.rows();
    assertThat(rows.append(rows.head())).hasSize(6);
    assertThat(SENIOR_LEADER.rows()).hasSize(5);
    assertThatThrownBy(() -> SENIOR_LEADER.rows().asJava().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void ofCopiesItsRows() {
    java.util.List<GradingTable.Row> source = new java.util.ArrayList<>(SENIOR_LEADER.rows().asJava());
    GradingTable table = GradingTable.of(List.ofAll(source));
    source.clear();
    assertThat(table.rows()).hasSize(5);
  }

  @Test
  void rowComponentsAreRequired() {
    assertThatThrownBy(() -> new GradingTable.Row(null, FPD.get(0))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new GradingTable.Row(List.of(GradePattern.any()), null))
        .isInstanceOf(NullPointerException.class);
  }

  private static List<AssessmentMethod> twoMethods() {
    return List.of(
        AssessmentMethod.graded("project", "Project", FPMD),
        AssessmentMethod.graded("discussion", "Discussion", FPMD));
  }
}
