package dev.epakit.core.identity;

import static dev.epakit.core.Contracts.assertDifferentValues;
import static dev.epakit.core.Contracts.assertEqualValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md section 4 (Identifiers): "Standard reference `ST` + 4 digits, with a version such as
 * `1.1` and optional option (pathway)".
 */
class StandardTest {

  @Test
  void ofBuildsAStandardWithoutOption() {
    Standard standard = Standard.of("ST0480", "1.0");
    assertThat(standard.reference()).isEqualTo(StandardReference.of("ST0480"));
    assertThat(standard.version()).isEqualTo(StandardVersion.of(1, 0));
    assertThat(standard.option()).isEmpty();
    assertThat(standard).hasToString("ST0480 1.0");
  }

  @Test
  void withOptionAddsAStrippedOptionAndLeavesTheOriginalAlone() {
    Standard plain = Standard.of("ST0213", "1.2");
    Standard barbering = plain.withOption("  Barbering ");
    assertThat(barbering.option()).contains("Barbering");
    assertThat(barbering).hasToString("ST0213 1.2 (Barbering)");
    assertThat(plain.option()).isEmpty();
  }

  @Test
  void equality() {
    assertEqualValues(
        Standard.of("ST0480", "1.0"),
        new Standard(StandardReference.of("ST0480"), StandardVersion.of(1, 0), Optional.empty()));
    assertEqualValues(
        Standard.of("ST0213", "1.2").withOption("Barbering"),
        Standard.of("ST0213", "1.2").withOption(" Barbering"));
    assertDifferentValues(Standard.of("ST0480", "1.0"), Standard.of("ST0482", "1.0"));
    assertDifferentValues(Standard.of("ST0480", "1.0"), Standard.of("ST0480", "1.1"));
    assertDifferentValues(Standard.of("ST0213", "1.2"), Standard.of("ST0213", "1.2").withOption("Barbering"));
    assertDifferentValues(
        Standard.of("ST0213", "1.2").withOption("Barbering"), Standard.of("ST0213", "1.2").withOption("Hairdressing"));
  }

  @Test
  void versionTextIsReadLikeStandardVersionParse() {
    assertThat(Standard.of("ST0480", "2")).isEqualTo(Standard.of("ST0480", "2.0"));
  }

  @Test
  void malformedTextIsAProgrammerError() {
    assertThatThrownBy(() -> Standard.of("ST480", "1.0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Standard.of("st0480", "1.0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Standard.of("ST0480", "one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.0");
    assertThatThrownBy(() -> Standard.of("ST0480", null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void blankOptionIsRefused() {
    Standard standard = Standard.of("ST0213", "1.2");
    assertThatThrownBy(() -> standard.withOption("  ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> standard.withOption(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void nullComponentsAreRefused() {
    StandardReference ref = StandardReference.of("ST0480");
    StandardVersion version = StandardVersion.of(1, 0);
    assertThatThrownBy(() -> new Standard(null, version, Optional.empty())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Standard(ref, null, Optional.empty())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Standard(ref, version, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Standard.of(null, "1.0")).isInstanceOf(NullPointerException.class);
  }
}
