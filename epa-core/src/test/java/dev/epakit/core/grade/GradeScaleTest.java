package dev.epakit.core.grade;

import static dev.epakit.core.Contracts.assertDifferentValues;
import static dev.epakit.core.Contracts.assertEqualValues;
import static dev.epakit.core.Contracts.codes;
import static dev.epakit.core.Contracts.onlyProblem;
import static dev.epakit.core.Contracts.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epakit.core.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradeScaleTest {

  @Test
  void gradesAreRankedLowestFirstWithFailingBelowPassing() {
    GradeScale scale = GradeScale.failPassMeritDistinction();
    assertThat(scale.grades()).containsExactly(
        new Grade("Fail", 0, false), new Grade("Pass", 1, true),
        new Grade("Merit", 2, true), new Grade("Distinction", 3, true));
    assertThat(scale.size()).isEqualTo(4);
    assertThat(scale.lowest().name()).isEqualTo("Fail");
    assertThat(scale.highest().name()).isEqualTo("Distinction");
    assertThat(scale.lowestPass().name()).isEqualTo("Pass");
    assertThat(scale.get(2).name()).isEqualTo("Merit");
    assertThat(scale).hasToString("[Fail < Pass < Merit < Distinction]");
    assertThat(scale.names()).isEqualTo("Fail, Pass, Merit, Distinction");
  }

  @Test
  void severalFailingGradesAllRankBelowEveryPassingGrade() {
    GradeScale scale = valid(GradeScale.create(List.of("Refer", "Fail"), List.of("Pass", "Distinction")));
    for (Grade failing : scale.grades().filter(Grade::failing)) {
      for (Grade passing : scale.grades().filter(Grade::passing)) {
        assertThat(failing).isLessThan(passing);
      }
    }
    assertThat(scale.grades().map(Grade::rank)).containsExactly(0, 1, 2, 3);
    assertThat(scale.lowestPass().name()).isEqualTo("Pass");
  }

  // DESIGN.md section 4: "Early years educator (reformed, 2025): two-tier pass/distinction", and
  // "Assessment reform (2025-27) ... allows two-tier pass/distinction plans".
  @Test
  void twoTierPassDistinctionScaleOfTheReform() {
    GradeScale twoTier = valid(GradeScale.create(List.of("Fail"), List.of("Pass", "Distinction")));
    assertEqualValues(twoTier, GradeScale.failPassDistinction());
    assertThat(twoTier.grades().filter(Grade::passing).map(Grade::name)).containsExactly("Pass", "Distinction");
    assertThat(twoTier.lowest().failing()).isTrue();
  }

  @Test
  void aScaleMayHaveNoFailingGrade() {
    GradeScale scale = valid(GradeScale.create(List.of(), List.of("Pass")));
    assertThat(scale.lowest()).isEqualTo(scale.lowestPass()).isEqualTo(scale.highest());
    assertThat(scale.lowest().passing()).isTrue();
  }

  @Test
  void findAndParseIgnoreLetterCaseAndWhiteSpace() {
    GradeScale scale = GradeScale.failPassMeritDistinction();
    assertThat(scale.find("merit").get()).isEqualTo(scale.get(2));
    assertThat(scale.find("  DISTINCTION ").get()).isEqualTo(scale.get(3));
    assertThat(valid(scale.parse("method", "pAsS"))).isEqualTo(scale.get(1));
    assertThat(scale.find("Credit").isEmpty()).isTrue();
    assertThat(scale.find(null).isEmpty()).isTrue();
  }

  @Test
  void parsingAnUnknownNameNamesTheGradesAllowed() {
    Problem problem = onlyProblem(GradeScale.failPassDistinction().parse("project", "Merit"));
    assertThat(problem.code()).isEqualTo("grade.unknown");
    assertThat(problem.field()).isEqualTo("project");
    assertThat(problem.message()).contains("'Merit'").contains("Fail, Pass, Distinction");
    assertThat(onlyProblem(GradeScale.failPass().parse("test", null)).code()).isEqualTo("grade.unknown");
  }

  @Test
  void containsChecksNameRankAndPassing() {
    GradeScale scale = GradeScale.failPassDistinction();
    assertThat(scale.contains(new Grade("Pass", 1, true))).isTrue();
    assertThat(scale.contains(GradeScale.failPassMeritDistinction().get(2))).isFalse();
    assertThat(scale.contains(new Grade("Pass", 1, false))).isFalse();
    assertThat(scale.contains(new Grade("Distinction", 9, true))).isFalse();
    assertThat(scale.contains(null)).isFalse();
  }

  @Test
  void duplicateNamesAreRefusedIgnoringCase() {
    Problem problem = onlyProblem(GradeScale.create(List.of("Fail"), List.of("Pass", " PASS ")));
    assertThat(problem.code()).isEqualTo("scale.duplicate-grade");
    assertThat(problem.message()).contains("PASS");
    assertThat(codes(GradeScale.create(List.of("Fail"), List.of("fail", "Pass"))))
        .containsExactly("scale.duplicate-grade");
  }

  @Test
  void aScaleWithoutPassingGradeIsRefused() {
    Problem problem = onlyProblem(GradeScale.create(List.of("Fail"), List.of()));
    assertThat(problem.code()).isEqualTo("scale.no-pass");
    assertThat(problem.message()).contains("passing grade");
  }

  @Test
  void blankNamesAreRefused() {
    assertThat(codes(GradeScale.create(List.of(" "), List.of("Pass")))).containsExactly("scale.blank-grade");
    assertThat(codes(GradeScale.create(Arrays.asList((String) null), List.of("Pass"))))
        .containsExactly("scale.blank-grade");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThat(codes(GradeScale.create(List.of("Fail", "", "FAIL"), List.of())))
        .containsExactlyInAnyOrder("scale.no-pass", "scale.blank-grade", "scale.duplicate-grade");
  }

  @Test
  void ofThrowsOnBadNames() {
    assertThatThrownBy(() -> GradeScale.of("Fail")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GradeScale.of("Pass", "pass")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GradeScale.create(null, List.of("Pass"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> GradeScale.create(List.of(), null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void namesAreStripped() {
    assertThat(GradeScale.of(" Fail ", "\tPass").names()).isEqualTo("Fail, Pass");
  }

  @Test
  void equality() {
    assertEqualValues(GradeScale.of("Fail", "Pass", "Merit", "Distinction"), GradeScale.failPassMeritDistinction());
    assertDifferentValues(GradeScale.failPass(), GradeScale.failPassDistinction());
    assertDifferentValues(GradeScale.of("Fail", "Pass", "Merit"), GradeScale.of("Fail", "Pass", "Distinction"));
    // Same names, but Refer is passing in one and failing in the other.
    assertDifferentValues(
        valid(GradeScale.create(List.of("Fail"), List.of("Refer", "Pass"))),
        valid(GradeScale.create(List.of("Fail", "Refer"), List.of("Pass"))));
  }

  @Test
  void theScaleDoesNotFollowLaterChangesToItsInputLists() {
    List<String> failing = new ArrayList<>(List.of("Fail"));
    List<String> passing = new ArrayList<>(List.of("Pass", "Distinction"));
    GradeScale scale = valid(GradeScale.create(failing, passing));
    failing.add("Refer");
    passing.set(0, "Credit");
    assertThat(scale).isEqualTo(GradeScale.failPassDistinction());
  }

  @Test
  void theGradeListIsPersistent() {
    GradeScale scale = GradeScale.failPass();
    var longer = scale.grades().append(new Grade("Distinction", 2, true));
    assertThat(longer).hasSize(3);
    assertThat(scale.grades()).hasSize(2);
    assertThat(scale.size()).isEqualTo(2);
    assertThatThrownBy(() -> scale.grades().asJava().add(new Grade("Merit", 2, true)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
