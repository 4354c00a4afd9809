package dev.epakit.core.identity;

import static dev.epakit.core.Contracts.assertDifferentValues;
import static dev.epakit.core.Contracts.assertEqualValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Apprentice names are personal data: they never appear in {@code toString}. */
class ApprenticeTest {

  private static final Uln ULN = Uln.of("9276308686");

  @Test
  void toStringShowsOnlyTheMaskedUln() {
    Apprentice apprentice = new Apprentice(ULN, "Ada Grace", "Lovelace-Hopper");
    assertThat(apprentice.toString())
        .isEqualTo("Apprentice[" + ULN + "]")
        .doesNotContain("Ada")
        .doesNotContain("Grace")
        .doesNotContain("Lovelace")
        .doesNotContain("Hopper")
        .doesNotContain(ULN.value());
  }

  @Test
  void namesAreStripped() {
    Apprentice apprentice = new Apprentice(ULN, "  Ada ", "\tLovelace\n");
    assertThat(apprentice.givenNames()).isEqualTo("Ada");
    assertThat(apprentice.familyName()).isEqualTo("Lovelace");
  }

  @Test
  void ofGivesEmptyNames() {
    Apprentice apprentice = Apprentice.of(ULN);
    assertThat(apprentice.uln()).isEqualTo(ULN);
    assertThat(apprentice.givenNames()).isEmpty();
    assertThat(apprentice.familyName()).isEmpty();
  }

  @Test
  void equalityCoversUlnAndNames() {
    assertEqualValues(new Apprentice(ULN, "Ada", "Lovelace"), new Apprentice(Uln.of("9276308686"), " Ada", "Lovelace "));
    assertDifferentValues(new Apprentice(ULN, "Ada", "Lovelace"), new Apprentice(Uln.of("1000102504"), "Ada", "Lovelace"));
    assertDifferentValues(new Apprentice(ULN, "Ada", "Lovelace"), new Apprentice(ULN, "Grace", "Lovelace"));
    assertDifferentValues(new Apprentice(ULN, "Ada", "Lovelace"), new Apprentice(ULN, "Ada", "Hopper"));
  }

  @Test
  void nullComponentsAreRefused() {
    assertThatThrownBy(() -> new Apprentice(null, "", "")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Apprentice(ULN, null, "")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Apprentice(ULN, "", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Apprentice.of(null)).isInstanceOf(NullPointerException.class);
  }
}
