package dev.epakit.core.grade;

import static dev.epakit.core.Contracts.assertDifferentValues;
import static dev.epakit.core.Contracts.assertEqualValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GradeTest {

  private static final Grade FAIL = new Grade("Fail", 0, false);
  private static final Grade PASS = new Grade("Pass", 1, true);
  private static final Grade DISTINCTION = new Grade("Distinction", 2, true);

  @Test
  void equalityCoversNameRankAndPassing() {
    assertEqualValues(new Grade("Pass", 1, true), new Grade("Pass", 1, true));
    assertDifferentValues(PASS, new Grade("Merit", 1, true));
    assertDifferentValues(PASS, new Grade("Pass", 2, true));
    assertDifferentValues(PASS, new Grade("Pass", 1, false));
  }

  @Test
  void orderIsByRankOnly() {
    assertThat(FAIL).isLessThan(PASS);
    assertThat(DISTINCTION).isGreaterThan(PASS);
    assertThat(new Grade("Merit", 1, true).compareTo(PASS)).isZero();
    assertThat(DISTINCTION.isBetterThan(PASS)).isTrue();
    assertThat(PASS.isBetterThan(DISTINCTION)).isFalse();
    assertThat(PASS.isBetterThan(PASS)).isFalse();
  }

  @Test
  void failingIsTheOppositeOfPassing() {
    assertThat(FAIL.failing()).isTrue();
    assertThat(PASS.failing()).isFalse();
  }

  @Test
  void isNamedIgnoresCaseAndSurroundingWhiteSpace() {
    assertThat(DISTINCTION.isNamed("distinction")).isTrue();
    assertThat(DISTINCTION.isNamed(" DISTINCTION\t")).isTrue();
    assertThat(DISTINCTION.isNamed("Distinct")).isFalse();
    assertThat(DISTINCTION.isNamed(null)).isFalse();
  }

  @Test
  void toStringIsTheName() {
    assertThat(new Grade("Pass with excellence", 3, true)).hasToString("Pass with excellence");
  }

  @Test
  void badComponentsAreProgrammerErrors() {
    assertThatThrownBy(() -> new Grade(null, 0, false)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Grade(" ", 0, false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Grade("Fail", -1, false)).isInstanceOf(IllegalArgumentException.class);
  }
}
