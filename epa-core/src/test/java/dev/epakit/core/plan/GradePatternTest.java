package dev.epakit.core.plan;

import static dev.epakit.core.Contracts.assertDifferentValues;
import static dev.epakit.core.Contracts.assertEqualValues;
import static dev.epakit.core.plan.PlanExamples.FPMD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epakit.core.grade.Grade;
import org.junit.jupiter.api.Test;

class GradePatternTest {

  private static final Grade MERIT = FPMD.get(2);

  @Test
  void anyMatchesEveryGrade() {
    assertThat(FPMD.grades()).allMatch(GradePattern.any()::matches);
    assertThat(GradePattern.any()).hasToString("*");
  }

  @Test
  void exactlyMatchesOneGrade() {
    GradePattern merit = new GradePattern.Exactly(MERIT);
    assertThat(FPMD.grades().filter(merit::matches)).containsExactly(MERIT);
    assertThat(merit).hasToString("Merit");
  }

  @Test
  void atLeastMatchesThatGradeAndBetter() {
    GradePattern meritPlus = new GradePattern.AtLeast(MERIT);
    assertThat(FPMD.grades().filter(meritPlus::matches).map(Grade::name)).containsExactly("Merit", "Distinction");
    assertThat(meritPlus).hasToString("Merit+");
  }

  @Test
  void equality() {
    assertEqualValues(GradePattern.any(), new GradePattern.Any());
    assertEqualValues(new GradePattern.Exactly(MERIT), new GradePattern.Exactly(FPMD.find("merit").get()));
    assertEqualValues(new GradePattern.AtLeast(MERIT), new GradePattern.AtLeast(FPMD.get(2)));
    assertDifferentValues(new GradePattern.Exactly(MERIT), new GradePattern.AtLeast(MERIT));
    assertDifferentValues(new GradePattern.Exactly(MERIT), new GradePattern.Exactly(FPMD.get(3)));
    assertDifferentValues(GradePattern.any(), new GradePattern.AtLeast(FPMD.lowest()));
  }

  @Test
  void aGradeIsRequired() {
    assertThatThrownBy(() -> new GradePattern.Exactly(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new GradePattern.AtLeast(null)).isInstanceOf(NullPointerException.class);
  }
}
