package dev.epakit.core.journey;

import static dev.epakit.core.Contracts.assertDifferentValues;
import static dev.epakit.core.Contracts.assertEqualValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkTest {

  @Test
  void gradedMarks() {
    assertThat(Mark.grade("Merit")).isEqualTo(new Mark.Graded("Merit")).hasToString("Merit");
    assertEqualValues(Mark.grade("Merit"), Mark.grade("Merit"));
    assertDifferentValues(Mark.grade("Merit"), Mark.grade("Distinction"));
  }

  @Test
  void scoredMarks() {
    assertThat(Mark.score(55)).isEqualTo(new Mark.Scored(55)).hasToString("score 55");
    assertEqualValues(Mark.score(55), Mark.score(55));
    assertDifferentValues(Mark.score(55), Mark.score(54));
  }

  @Test
  void aGradeAndAScoreAreNeverEqual() {
    assertDifferentValues(Mark.grade("55"), Mark.score(55));
  }

  @Test
  void aGradeNeedsAName() {
    assertThatThrownBy(() -> Mark.grade(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Mark.grade(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scoresAreCheckedAgainstThePlanNotHere() {
    // Range checks belong to the plan's score bands (score.out-of-range), not to the mark.
    assertThat(new Mark.Scored(-1).score()).isEqualTo(-1);
  }
}
