package dev.epakit.core.plan;

import static dev.epakit.core.Contracts.assertDifferentValues;
import static dev.epakit.core.Contracts.assertEqualValues;
import static dev.epakit.core.Contracts.valid;
import static dev.epakit.core.plan.PlanExamples.FPD;
import static dev.epakit.core.plan.PlanExamples.FPMD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epakit.core.grade.ScoreBands;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentMethodTest {

  // DESIGN.md section 4, Lead adult care worker (ST0006): "a 60-question situational judgement
  // test (pass 40+, merit 50+, distinction 55+)".
  private static final ScoreBands SJT =
      valid(ScoreBands.create(FPMD, 60, Map.of("Pass", 40, "Merit", 50, "Distinction", 55)));

  @Test
  void gradedMethod() {
    AssessmentMethod method = AssessmentMethod.graded("discussion", " Professional discussion ", FPD);
    assertThat(method.id()).isEqualTo(MethodId.of("discussion"));
    assertThat(method.name()).isEqualTo("Professional discussion");
    assertThat(method.scale()).isEqualTo(FPD);
    assertThat(method.bands()).isEmpty();
    assertThat(method.scored()).isFalse();
  }

  @Test
  void scoredMethodTakesTheScaleOfItsBands() {
    AssessmentMethod test = AssessmentMethod.scored("sjt", "Situational judgement test", SJT);
    assertThat(test.scored()).isTrue();
    assertThat(test.scale()).isEqualTo(FPMD);
    assertThat(test.bands()).contains(SJT);
  }

  @Test
  void bandsOverAnotherScaleAreRefused() {
    assertThatThrownBy(() -> new AssessmentMethod(MethodId.of("sjt"), "Test", FPD, Optional.of(SJT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sjt");
  }

  @Test
  void equality() {
    assertEqualValues(
        AssessmentMethod.graded("project", "Project report", FPMD),
        new AssessmentMethod(MethodId.of("project"), "Project report ", FPMD, Optional.empty()));
    AssessmentMethod project = AssessmentMethod.graded("project", "Project report", FPMD);
    assertDifferentValues(project, AssessmentMethod.graded("report", "Project report", FPMD));
    assertDifferentValues(project, AssessmentMethod.graded("project", "Project", FPMD));
    assertDifferentValues(project, AssessmentMethod.graded("project", "Project report", FPD));
    assertDifferentValues(project, AssessmentMethod.scored("project", "Project report", SJT));
  }

  @Test
  void badComponentsAreProgrammerErrors() {
    MethodId id = MethodId.of("project");
    assertThatThrownBy(() -> new AssessmentMethod(id, " ", FPD, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AssessmentMethod(null, "P", FPD, Optional.empty())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new AssessmentMethod(id, null, FPD, Optional.empty())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new AssessmentMethod(id, "P", null, Optional.empty())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new AssessmentMethod(id, "P", FPD, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> AssessmentMethod.graded("Project", "P", FPD)).isInstanceOf(IllegalArgumentException.class);
  }
}
