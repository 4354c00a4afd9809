package dev.epakit.core.identity;

import static dev.epakit.core.Contracts.assertDifferentValues;
import static dev.epakit.core.Contracts.assertEqualValues;
import static dev.epakit.core.Contracts.onlyProblem;
import static dev.epakit.core.Contracts.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epakit.core.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DESIGN.md section 4 (Identifiers): a standard has "a version such as `1.1`". */
class StandardVersionTest {

  @Test
  void parsesMajorAndMinor() {
    assertThat(valid(StandardVersion.parse("1.1"))).isEqualTo(StandardVersion.of(1, 1));
    assertThat(valid(StandardVersion.parse(" 1.2 "))).isEqualTo(StandardVersion.of(1, 2));
  }

  @Test
  void aLoneMajorNumberReadsAsMinorZero() {
    StandardVersion two = valid(StandardVersion.parse("2"));
    assertThat(two).isEqualTo(StandardVersion.of(2, 0)).hasToString("2.0");
    assertThat(valid(StandardVersion.parse(two.toString()))).isEqualTo(two);
  }

  @Test
  void versionsOrderNumerically() {
    List<StandardVersion> versions = new ArrayList<>(List.of(
        StandardVersion.of(1, 10), StandardVersion.of(2, 0), StandardVersion.of(1, 9), StandardVersion.of(1, 0)));
    Collections.sort(versions);
    assertThat(versions).extracting(StandardVersion::toString).containsExactly("1.0", "1.9", "1.10", "2.0");
  }

  @Test
  void equality() {
    assertEqualValues(StandardVersion.of(1, 1), valid(StandardVersion.parse("1.1")));
    assertDifferentValues(StandardVersion.of(1, 1), StandardVersion.of(1, 10));
    assertDifferentValues(StandardVersion.of(1, 0), StandardVersion.of(0, 1));
  }

  @Test
  void leadingZerosAreReadAsNumbers() {
    assertThat(valid(StandardVersion.parse("01.01"))).isEqualTo(StandardVersion.of(1, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.", ".1", "v1.0", "1.1.1", "-1.0", "1,1", "1 .1", "one", "1234.0", "1.1234"})
  void malformedVersionsAreRefused(String text) {
    Problem problem = onlyProblem(StandardVersion.parse(text));
    assertThat(problem.code()).isEqualTo("version.format");
    assertThat(problem.field()).isEqualTo("version");
    assertThat(problem.message()).contains("1.0");
  }

  @Test
  void nullAndBlankAreMissing() {
    for (String text : new String[] {null, "", "  "}) {
      assertThat(onlyProblem(StandardVersion.parse(text)).code()).isEqualTo("version.missing");
    }
  }

  @Test
  void negativeNumbersAreProgrammerErrors() {
    assertThatThrownBy(() -> StandardVersion.of(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StandardVersion(1, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  // Any version the constructor accepts must survive toString and parse, so both stop at 999.
  @Test
  void versionsAboveNineHundredNinetyNineAreRefusedByTheConstructorToo() {
    assertThatThrownBy(() -> StandardVersion.of(1000, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StandardVersion.of(1, 1000)).isInstanceOf(IllegalArgumentException.class);
    StandardVersion largest = StandardVersion.of(999, 999);
    assertThat(valid(StandardVersion.parse(largest.toString()))).isEqualTo(largest);
  }
}
