package dev.epakit.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class StandardVersionProperties {

  @Property
  void parseOfToStringGivesBackTheSameVersion(
      @ForAll @IntRange(min = 0, max = 999) int major, @ForAll @IntRange(min = 0, max = 999) int minor) {
    StandardVersion version = StandardVersion.of(major, minor);
    assertThat(StandardVersion.parse(version.toString()).get()).isEqualTo(version);
  }

  @Property
  void equalityAndOrderFollowTheNumbers(
      @ForAll @IntRange(min = 0, max = 999) int major1, @ForAll @IntRange(min = 0, max = 999) int minor1,
      @ForAll @IntRange(min = 0, max = 999) int major2, @ForAll @IntRange(min = 0, max = 999) int minor2) {
    StandardVersion a = StandardVersion.of(major1, minor1);
    StandardVersion b = StandardVersion.of(major2, minor2);
    boolean same = major1 == major2 && minor1 == minor2;
    assertThat(a.equals(b)).isEqualTo(same);
    assertThat(a.compareTo(b) == 0).isEqualTo(same);
    if (same) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    assertThat(Integer.signum(a.compareTo(b)))
        .isEqualTo(Integer.signum(major1 != major2 ? Integer.compare(major1, major2) : Integer.compare(minor1, minor2)));
  }
}
