package dev.epakit.core.grade;

import static dev.epakit.core.Contracts.assertDifferentValues;
import static dev.epakit.core.Contracts.assertEqualValues;
import static dev.epakit.core.Contracts.codes;
import static dev.epakit.core.Contracts.onlyProblem;
import static dev.epakit.core.Contracts.problems;
import static dev.epakit.core.Contracts.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epakit.core.Problem;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreBandsTest {

  private static final GradeScale FPMD = GradeScale.failPassMeritDistinction();

  // DESIGN.md section 4, Lead adult care worker (ST0006): "a 60-question situational judgement
  // test (pass 40+, merit 50+, distinction 55+)".
  private static ScoreBands st0006() {
    return valid(ScoreBands.create(FPMD, 60, Map.of("Pass", 40, "Merit", 50, "Distinction", 55)));
  }

  private static Map<String, Integer> thresholds(Object... nameThenScore) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < nameThenScore.length; i += 2) {
      map.put((String) nameThenScore[i], (Integer) nameThenScore[i + 1]);
    }
    return map;
  }

  @Test
  void st0006BandsCoverEveryScoreFromZeroToSixty() {
    ScoreBands bands = st0006();
    for (int score = 0; score <= 60; score++) {
      String expected = score < 40 ? "Fail" : score < 50 ? "Pass" : score < 55 ? "Merit" : "Distinction";
      assertThat(valid(bands.gradeFor(score)).name()).as("score %d", score).isEqualTo(expected);
    }
  }

  @Test
  void st0006BandEdges() {
    ScoreBands bands = st0006();
    assertThat(valid(bands.gradeFor(0)).name()).isEqualTo("Fail");
    assertThat(valid(bands.gradeFor(39)).name()).isEqualTo("Fail");
    assertThat(valid(bands.gradeFor(40)).name()).isEqualTo("Pass");
    assertThat(valid(bands.gradeFor(49)).name()).isEqualTo("Pass");
    assertThat(valid(bands.gradeFor(50)).name()).isEqualTo("Merit");
    assertThat(valid(bands.gradeFor(54)).name()).isEqualTo("Merit");
    assertThat(valid(bands.gradeFor(55)).name()).isEqualTo("Distinction");
    assertThat(valid(bands.gradeFor(60)).name()).isEqualTo("Distinction");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 61, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void scoresOutsideZeroToTheMaximumAreRefused(int score) {
    Problem problem = onlyProblem(st0006().gradeFor(score));
    assertThat(problem.code()).isEqualTo("score.out-of-range");
    assertThat(problem.field()).isEqualTo("score");
    assertThat(problem.message()).contains(Integer.toString(score)).contains("60");
  }

  @Test
  void accessorsAndToString() {
    ScoreBands bands = st0006();
    assertThat(bands.scale()).isEqualTo(FPMD);
    assertThat(bands.maximum()).isEqualTo(60);
    assertThat(bands.bands()).containsExactly(
        new ScoreBands.Band(0, FPMD.get(0)), new ScoreBands.Band(40, FPMD.get(1)),
        new ScoreBands.Band(50, FPMD.get(2)), new ScoreBands.Band(55, FPMD.get(3)));
    assertThat(bands).hasToString("[Fail 0+, Pass 40+, Merit 50+, Distinction 55+ of 60]");
  }

  @Test
  void thresholdNamesIgnoreCaseAndOrderOfEntries() {
    ScoreBands shuffled = valid(ScoreBands.create(FPMD, 60, thresholds("distinction", 55, " PASS ", 40, "Merit", 50)));
    assertEqualValues(shuffled, st0006());
  }

  @Test
  void equality() {
    assertDifferentValues(st0006(), valid(ScoreBands.create(FPMD, 61, Map.of("Pass", 40, "Merit", 50, "Distinction", 55))));
    assertDifferentValues(st0006(), valid(ScoreBands.create(FPMD, 60, Map.of("Pass", 41, "Merit", 50, "Distinction", 55))));
    GradeScale renamed = GradeScale.of("Fail", "Pass", "Credit", "Distinction");
    assertDifferentValues(st0006(), valid(ScoreBands.create(renamed, 60, Map.of("Pass", 40, "Credit", 50, "Distinction", 55))));
  }

  @Test
  void thresholdsNotRisingAreRefused() {
    Problem problem = onlyProblem(ScoreBands.create(FPMD, 60, thresholds("Pass", 40, "Merit", 55, "Distinction", 50)));
    assertThat(problem.code()).isEqualTo("bands.order");
    assertThat(problem.field()).isEqualTo("bands.Distinction");
    assertThat(problem.message()).contains("50").contains("55");
    assertThat(onlyProblem(ScoreBands.create(FPMD, 60, thresholds("Pass", 40, "Merit", 40, "Distinction", 55))).code())
        .as("equal thresholds leave a band empty")
        .isEqualTo("bands.order");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -5, 61})
  void thresholdsOutOfRangeAreRefused(int threshold) {
    List<Problem> problems = problems(ScoreBands.create(FPMD, 60, thresholds("Pass", 40, "Merit", 50, "Distinction", threshold)));
    assertThat(problems).filteredOn(p -> p.code().equals("bands.out-of-range")).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("bands.Distinction");
      assertThat(p.message()).contains("60");
    });
  }

  @Test
  void aThresholdAtTheMaximumIsAllowed() {
    ScoreBands bands = valid(ScoreBands.create(FPMD, 60, thresholds("Pass", 40, "Merit", 50, "Distinction", 60)));
    assertThat(valid(bands.gradeFor(59)).name()).isEqualTo("Merit");
    assertThat(valid(bands.gradeFor(60)).name()).isEqualTo("Distinction");
  }

  @Test
  void aMissingThresholdIsRefused() {
    Problem problem = onlyProblem(ScoreBands.create(FPMD, 60, thresholds("Pass", 40, "Distinction", 55)));
    assertThat(problem.code()).isEqualTo("bands.missing-grade");
    assertThat(problem.message()).contains("Merit");
  }

  @Test
  void noThresholdsAtAllReportsEveryPassingGrade() {
    assertThat(problems(ScoreBands.create(FPMD, 60, Map.of())))
        .extracting(Problem::code, Problem::message)
        .hasSize(3)
        .allSatisfy(t -> assertThat(t.toList().get(0)).isEqualTo("bands.missing-grade"));
  }

  @Test
  void anUnknownGradeIsRefused() {
    Problem problem = onlyProblem(ScoreBands.create(FPMD, 60, thresholds("Pass", 40, "Merit", 50, "Distinction", 55, "Credit", 45)));
    assertThat(problem.code()).isEqualTo("bands.unknown-grade");
    assertThat(problem.message()).contains("'Credit'").contains("Fail, Pass, Merit, Distinction");
  }

  @Test
  void aThresholdOnTheLowestGradeIsRefused() {
    Problem problem = onlyProblem(ScoreBands.create(FPMD, 60, thresholds("Fail", 0, "Pass", 40, "Merit", 50, "Distinction", 55)));
    assertThat(problem.code()).isEqualTo("bands.lowest-grade");
    assertThat(problem.message()).contains("Fail");
  }

  @Test
  void aMaximumBelowOneIsRefused() {
    assertThat(codes(ScoreBands.create(GradeScale.failPass(), 0, Map.of("Pass", 1)))).containsExactly("bands.maximum");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    GradeScale five = GradeScale.of("Fail", "Pass", "Credit", "Merit", "Distinction");
    List<String> codes = codes(ScoreBands.create(five, 60, thresholds(
        "Fail", 10,            // bands.lowest-grade: the lowest grade takes no threshold
        "Pass", 50,
        "Credit", 45,          // bands.order: not above Pass
                               // bands.missing-grade: Merit has none
        "Distinction", 56,
        "Excellent", 58)));    // bands.unknown-grade
    assertThat(codes).containsExactlyInAnyOrder(
        "bands.lowest-grade", "bands.order", "bands.missing-grade", "bands.unknown-grade");
    assertThat(codes(ScoreBands.create(FPMD, 0, thresholds("Pass", 40, "Merit", 50, "Distinction", 55))))
        .contains("bands.maximum", "bands.out-of-range");
  }

  @Test
  void theBandsDoNotFollowLaterChangesToTheThresholdMap() {
    Map<String, Integer> thresholds = new HashMap<>(Map.of("Pass", 40, "Merit", 50, "Distinction", 55));
    ScoreBands bands = valid(ScoreBands.create(FPMD, 60, thresholds));
    thresholds.put("Pass", 30);
    assertThat(valid(bands.gradeFor(35)).name()).isEqualTo("Fail");
    assertThat(bands).isEqualTo(st0006());
  }

  @Test
  void theBandListIsPersistent() {
    ScoreBands bands = st0006();
    assertThat(bands.bands().removeAt(0)).hasSize(3);
    assertThat(bands.bands()).hasSize(4);
  }

  @Test
  void aScaleOfOneGradeNeedsNoThreshold() {
    GradeScale onlyPass = valid(GradeScale.create(List.of(), List.of("Pass")));
    ScoreBands bands = valid(ScoreBands.create(onlyPass, 10, Map.of()));
    assertThat(valid(bands.gradeFor(0)).name()).isEqualTo("Pass");
    assertThat(valid(bands.gradeFor(10)).name()).isEqualTo("Pass");
  }

  @Test
  void bandComponentsAreChecked() {
    assertThatThrownBy(() -> new ScoreBands.Band(-1, FPMD.get(0))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScoreBands.Band(0, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ScoreBands.create(null, 60, Map.of())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ScoreBands.create(FPMD, 60, null)).isInstanceOf(NullPointerException.class);
  }

  // A threshold given out of range is not a missing threshold: "grade 'Distinction' has no
  // threshold" would be untrue, and the user should see one problem per mistake.
  @Test
  void anOutOfRangeThresholdIsNotAlsoReportedAsMissing() {
    assertThat(codes(ScoreBands.create(FPMD, 60, thresholds("Pass", 40, "Merit", 50, "Distinction", 61))))
        .containsExactly("bands.out-of-range");
  }

  // Names are matched ignoring case, so "Pass" and "PASS" name the same grade: giving it two
  // thresholds is a mistake to report, not a choice to make silently (the winner would depend on
  // the map's iteration order).
  @Test
  void twoThresholdsForTheSameGradeAreRefused() {
    var result = ScoreBands.create(FPMD, 60, thresholds("Pass", 40, "PASS", 45, "Merit", 50, "Distinction", 55));
    assertThat(problems(result)).anySatisfy(p -> assertThat(p.message()).containsIgnoringCase("pass"));
  }
}
