package dev.epakit.core.plan;

import static dev.epakit.core.Contracts.assertDifferentValues;
import static dev.epakit.core.Contracts.assertEqualValues;
import static dev.epakit.core.Contracts.onlyProblem;
import static dev.epakit.core.Contracts.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epakit.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MethodIdTest {

  @Test
  void parseIgnoresWhiteSpaceAndLetterCase() {
    assertThat(valid(MethodId.parse("  Project ")).value()).isEqualTo("project");
    assertThat(valid(MethodId.parse("KNOWLEDGE-TEST-2"))).isEqualTo(MethodId.of("knowledge-test-2"));
  }

  @Test
  void roundTripAndEquality() {
    MethodId id = MethodId.of("discussion");
    assertThat(id).hasToString("discussion");
    assertEqualValues(id, valid(MethodId.parse(id.toString())));
    assertDifferentValues(id, MethodId.of("project"));
    assertThat(MethodId.of("discussion")).isLessThan(MethodId.of("project"));
  }

  @Test
  void fortyCharactersIsTheLongestId() {
    assertThat(MethodId.parse("a".repeat(40)).isValid()).isTrue();
    assertThat(MethodId.parse("a".repeat(41)).isInvalid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "1project", "-project", "project report", "project_report", "projét"})
  void malformedIdsAreRefused(String text) {
    Problem problem = onlyProblem(MethodId.parse(text));
    assertThat(problem.code()).isEqualTo("method.id");
    assertThat(problem.field()).isEqualTo("method");
    assertThat(problem.message()).contains("'" + text + "'");
  }

  @Test
  void nullIsRefused() {
    assertThat(onlyProblem(MethodId.parse(null)).code()).isEqualTo("method.id");
  }

  @Test
  void constructorAcceptsOnlyCanonicalIds() {
    assertThatThrownBy(() -> MethodId.of("Project")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MethodId.of(" project")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MethodId(null)).isInstanceOf(NullPointerException.class);
  }
}
