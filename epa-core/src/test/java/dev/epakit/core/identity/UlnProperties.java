package dev.epakit.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the ULN check digit (DESIGN.md section 4, Identifiers) and of the value contract. */
class UlnProperties {

  @Property
  void atMostOneLastDigitIsValidAndItIsTheCheckDigit(
      @ForAll @IntRange(min = 100_000_000, max = 999_999_999) int prefixNumber) {
    String prefix = Integer.toString(prefixNumber);
    int[] validLastDigits =
        IntStream.rangeClosed(0, 9).filter(d -> Uln.isValid(prefix + d)).toArray();
    int expected = Uln.checkDigit(prefix);
    // 9999999999 (the sentinel) never counts: its prefix's check digit is 8, not 9.
    if (expected < 0) {
      assertThat(validLastDigits).isEmpty();
    } else {
      assertThat(validLastDigits).containsExactly(expected);
    }
  }

  @Property
  void checkDigitFollowsTheWeightedSum(
      @ForAll @IntRange(min = 100_000_000, max = 999_999_999) int prefixNumber) {
    String prefix = Integer.toString(prefixNumber);
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (10 - i) * (prefix.charAt(i) - '0');
    }
    int r = sum % 11;
    assertThat(Uln.checkDigit(prefix)).isEqualTo(r == 0 ? -1 : 10 - r);
  }

  @Property
  void parseOfValueGivesBackTheSameUln(@ForAll("ulns") Uln uln) {
    assertThat(Uln.parse(uln.value()).get()).isEqualTo(uln).hasSameHashCodeAs(uln);
    assertThat(Uln.parse(" " + uln.value() + " ").get()).isEqualTo(uln);
  }

  @Property
  void differentNumbersAreDifferentUlns(@ForAll("ulns") Uln a, @ForAll("ulns") Uln b) {
    assertThat(a.equals(b)).isEqualTo(a.value().equals(b.value()));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(a.value().compareTo(b.value())));
  }

  @Property
  void toStringNeverShowsTheWholeNumber(@ForAll("ulns") Uln uln) {
    assertThat(uln.toString()).doesNotContain(uln.value()).doesNotContain(uln.value().substring(2, 8));
  }

  @Property
  void changingOneDigitBreaksTheCheck(
      @ForAll("ulns") Uln uln, @ForAll @IntRange(min = 0, max = 9) int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    // Weights 10..2 (and 1 for the check digit) are all non-zero mod 11, so any single-digit change
    // changes the weighted sum mod 11.
    char[] digits = uln.value().toCharArray();
    digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
    assertThat(Uln.isValid(new String(digits))).isFalse();
  }

  @Provide
  Arbitrary<Uln> ulns() {
    return Arbitraries.integers()
        .between(100_000_000, 999_999_999)
        .map(String::valueOf)
        .filter(p -> Uln.checkDigit(p) >= 0)
        .map(p -> Uln.of(p + Uln.checkDigit(p)));
  }
}
