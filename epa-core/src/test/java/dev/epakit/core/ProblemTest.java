package dev.epakit.core;

import static dev.epakit.core.Contracts.assertDifferentValues;
import static dev.epakit.core.Contracts.assertEqualValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void equalComponentsGiveEqualProblems() {
    assertEqualValues(
        Problem.of("uln.check-digit", "uln", "the last digit is wrong"),
        new Problem("uln.check-digit", "uln", "the last digit is wrong"));
  }

  @Test
  void eachComponentTakesPartInEquality() {
    Problem problem = Problem.of("uln.format", "uln", "a ULN is exactly ten digits");
    assertDifferentValues(problem, Problem.of("uln.missing", "uln", "a ULN is exactly ten digits"));
    assertDifferentValues(problem, Problem.of("uln.format", "learner", "a ULN is exactly ten digits"));
    assertDifferentValues(problem, Problem.of("uln.format", "uln", "another message"));
  }

  @Test
  void toStringShowsFieldMessageAndCode() {
    assertThat(Problem.of("uln.format", "uln", "a ULN is exactly ten digits"))
        .hasToString("uln: a ULN is exactly ten digits [uln.format]");
  }

  @Test
  void nullComponentsAreProgrammerErrors() {
    assertThatThrownBy(() -> Problem.of(null, "f", "m")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Problem.of("c", null, "m")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Problem.of("c", "f", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void blankCodeOrMessageIsRefused() {
    assertThatThrownBy(() -> Problem.of(" ", "f", "m")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Problem.of("c", "f", "\t")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fieldMayBeEmptyWhenAProblemConcernsNoSingleField() {
    assertThat(Problem.of("plan.title", "", "a plan needs a title").field()).isEmpty();
  }
}
