package dev.epakit.core.identity;

import static dev.epakit.core.Contracts.assertDifferentValues;
import static dev.epakit.core.Contracts.assertEqualValues;
import static dev.epakit.core.Contracts.onlyProblem;
import static dev.epakit.core.Contracts.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epakit.core.Problem;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract of {@link Uln}. The check-digit examples are those of DESIGN.md section 4 (Identifiers). */
class UlnTest {

  // DESIGN.md section 4: "Valid: 1000102504, 9276308686, 1000000000, 1234567899."
  @ParameterizedTest
  @ValueSource(strings = {"1000102504", "9276308686", "1000000000", "1234567899"})
  void knownGoodUlnsAreAccepted(String text) {
    assertThat(Uln.isValid(text)).isTrue();
    assertThat(valid(Uln.parse(text)).value()).isEqualTo(text);
    assertThat(Uln.of(text).value()).isEqualTo(text);
  }

  // 1000102504 by hand: S = 10*1 + 6*1 + 4*2 + 3*5 = 39, r = 39 mod 11 = 6, check digit 10 - 6 = 4.
  @Test
  void checkDigitWorkedByHand() {
    assertThat(Uln.checkDigit("100010250")).isEqualTo(4);
    // 1000000000: S = 10, r = 10, check digit 0.
    assertThat(Uln.checkDigit("100000000")).isZero();
    // 123456789: S = 10+18+24+28+30+30+28+24+18 = 210, r = 1, check digit 9.
    assertThat(Uln.checkDigit("123456789")).isEqualTo(9);
  }

  // DESIGN.md section 4: "Invalid: 1000102508, 1234567890".
  @ParameterizedTest
  @ValueSource(strings = {"1000102508", "1234567890"})
  void wrongCheckDigitIsRefused(String text) {
    assertThat(Uln.isValid(text)).isFalse();
    Problem problem = onlyProblem(Uln.parse(text));
    assertThat(problem.code()).isEqualTo("uln.check-digit");
    assertThat(problem.field()).isEqualTo("uln");
    assertThat(problem.message()).contains("check digit");
  }

  // DESIGN.md section 4: "9876543210 (any last digit)". S = 90+72+56+42+30+20+12+6+2 = 330 = 30*11,
  // so r = 0 and no check digit exists.
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
  void prefixWithRemainderZeroHasNoValidLastDigit(int last) {
    String text = "987654321" + last;
    assertThat(Uln.isValid(text)).isFalse();
    assertThat(onlyProblem(Uln.parse(text)).code()).isEqualTo("uln.check-digit");
    assertThatThrownBy(() -> Uln.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkDigitIsMinusOneWhenRemainderIsZero() {
    assertThat(Uln.checkDigit("987654321")).isEqualTo(-1);
  }

  // DESIGN.md section 4: "9999999999 is the 'not known' sentinel of learner records, never a valid ULN."
  @Test
  void notKnownSentinelIsRefusedWithItsOwnCode() {
    assertThat(Uln.NOT_KNOWN).isEqualTo("9999999999");
    Problem problem = onlyProblem(Uln.parse("9999999999"));
    assertThat(problem.code()).isEqualTo("uln.not-known");
    assertThat(problem.message()).contains("not known");
    assertThat(Uln.isValid("9999999999")).isFalse();
    assertThatThrownBy(() -> Uln.of("9999999999")).isInstanceOf(IllegalArgumentException.class);
  }

  // The sentinel is refused as a placeholder, not for its check digit: 999999999 has check digit
  // 8 (S = 9 * 54 = 486, r = 2), so its neighbour 9999999998 is an ordinary valid ULN.
  @Test
  void sentinelNeighbourIsAnOrdinaryUln() {
    assertThat(Uln.checkDigit("999999999")).isEqualTo(8);
    assertThat(Uln.isValid("9999999998")).isTrue();
  }

  // DESIGN.md section 4: "ULN: 10 digits, first digit non-zero".
  @Test
  void leadingZeroIsRefused() {
    Problem problem = onlyProblem(Uln.parse("0123456789"));
    assertThat(problem.code()).isEqualTo("uln.leading-zero");
    assertThat(problem.message()).contains("0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"100010250", "10001025040", "100010250A", "ABCDEFGHIJ", "1000 02504", "１０００１０２５０４", "-100010250"})
  void anythingButTenAsciiDigitsIsRefusedAsFormat(String text) {
    Problem problem = onlyProblem(Uln.parse(text));
    assertThat(problem.code()).isEqualTo("uln.format");
    assertThat(problem.message()).contains("ten digits");
    assertThat(Uln.isValid(text)).isFalse();
  }

  @Test
  void nullIsRefusedAsMissing() {
    Problem problem = onlyProblem(Uln.parse(null));
    assertThat(problem.code()).isEqualTo("uln.missing");
    assertThat(problem.message()).contains("required");
    assertThat(Uln.isValid(null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void blankIsRefused(String text) {
    assertThat(Uln.parse(text).isInvalid()).isTrue();
    assertThat(Uln.isValid(text)).isFalse();
  }

  @Test
  void parseIgnoresSurroundingWhiteSpaceButIsValidDoesNot() {
    assertThat(valid(Uln.parse("  1000102504\n"))).isEqualTo(Uln.of("1000102504"));
    assertThat(Uln.isValid(" 1000102504")).isFalse();
  }

  @Test
  void constructorRefusesInvalidNumbers() {
    assertThatThrownBy(() -> new Uln("1000102508"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("check digit");
    assertThatThrownBy(() -> new Uln(" 1000102504")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkDigitRefusesAnythingButNineDigits() {
    for (String bad : new String[] {null, "", "12345678", "1234567890", "12345678a"}) {
      assertThatThrownBy(() -> Uln.checkDigit(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void equalityAndOrder() {
    assertEqualValues(Uln.of("1000102504"), valid(Uln.parse("1000102504")));
    assertDifferentValues(Uln.of("1000102504"), Uln.of("1000000000"));
    var sorted = new TreeSet<Uln>();
    sorted.add(Uln.of("9276308686"));
    sorted.add(Uln.of("1000102504"));
    sorted.add(Uln.of("1000000000"));
    assertThat(sorted).extracting(Uln::value).containsExactly("1000000000", "1000102504", "9276308686");
  }

  @Test
  void toStringMasksTheMiddleDigits() {
    Uln uln = Uln.of("9276308686");
    assertThat(uln.toString()).isEqualTo("Uln[92******86]").doesNotContain("9276308686").doesNotContain("763086");
  }

  @Test
  void roundTripThroughValue() {
    Uln uln = Uln.of("1234567899");
    assertThat(valid(Uln.parse(uln.value()))).isEqualTo(uln);
  }

  // The constructor's javadoc promises a NullPointerException for null, as every other value type of
  // the package throws; a null is a programmer error, not a malformed ULN.
  @Test
  void constructorRefusesNullWithNullPointerException() {
    assertThatThrownBy(() -> new Uln(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Uln.of(null)).isInstanceOf(NullPointerException.class);
  }
}
