package dev.epakit.core.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class GradeScaleProperties {

  @Property
  void failingGradesRankBelowPassingOnesAndNamesAreFoundInAnyCase(
      @ForAll("names") List<String> names, @ForAll @IntRange(min = 0, max = 7) int failingCount) {
    int failing = Math.min(failingCount, names.size() - 1);
    GradeScale scale =
        GradeScale.create(names.subList(0, failing), names.subList(failing, names.size())).get();
    assertThat(scale.size()).isEqualTo(names.size());
    for (int rank = 0; rank < scale.size(); rank++) {
      Grade grade = scale.get(rank);
      assertThat(grade.rank()).isEqualTo(rank);
      assertThat(grade.passing()).isEqualTo(rank >= failing);
      assertThat(scale.contains(grade)).isTrue();
      assertThat(scale.find(grade.name().toUpperCase(Locale.ROOT)).get()).isEqualTo(grade);
      assertThat(scale.find(" " + grade.name().toLowerCase(Locale.ROOT) + " ").get()).isEqualTo(grade);
    }
    assertThat(scale.lowestPass().rank()).isEqualTo(failing);
    assertThat(scale.highest().passing()).isTrue();
  }

  @Property
  void repeatingAnyNameInAnotherCaseIsRefused(
      @ForAll("names") List<String> names, @ForAll @IntRange(min = 0, max = 7) int which) {
    String repeated = names.get(which % names.size()).toUpperCase(Locale.ROOT);
    var withRepeat = new java.util.ArrayList<>(names);
    withRepeat.add(repeated);
    var result = GradeScale.create(List.of(), withRepeat);
    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError().map(p -> p.code())).containsExactly("scale.duplicate-grade");
  }

  @Property
  void equalNamesGiveEqualScales(@ForAll("names") List<String> names) {
    GradeScale a = GradeScale.create(List.of(), names).get();
    GradeScale b = GradeScale.create(List.of(), List.copyOf(names)).get();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Provide
  Arbitrary<List<String>> names() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(8)
        .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1))
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .uniqueElements(s -> s.toLowerCase(Locale.ROOT));
  }
}
