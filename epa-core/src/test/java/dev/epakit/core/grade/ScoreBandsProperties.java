package dev.epakit.core.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ScoreBandsProperties {

  private static final GradeScale FPMD = GradeScale.failPassMeritDistinction();

  @Property
  void eachThresholdStartsItsBandAndTheScoreJustBelowIsInTheBandBelow(
      @ForAll @Size(3) Set<@IntRange(min = 1, max = 100) Integer> cuts,
      @ForAll @IntRange(min = 0, max = 20) int headroom) {
    Integer[] from = new TreeSet<>(cuts).toArray(new Integer[0]);
    int maximum = from[2] + headroom;
    Map<String, Integer> thresholds = new HashMap<>();
    for (int rank = 1; rank <= 3; rank++) {
      thresholds.put(FPMD.get(rank).name(), from[rank - 1]);
    }
    ScoreBands bands = ScoreBands.create(FPMD, maximum, thresholds).get();
    for (int rank = 1; rank <= 3; rank++) {
      assertThat(bands.gradeFor(from[rank - 1]).get()).isEqualTo(FPMD.get(rank));
      assertThat(bands.gradeFor(from[rank - 1] - 1).get()).isEqualTo(FPMD.get(rank - 1));
    }
    assertThat(bands.gradeFor(maximum).get()).isEqualTo(FPMD.highest());
    assertThat(bands.gradeFor(maximum + 1).isInvalid()).isTrue();
    assertThat(bands.gradeFor(-1).isInvalid()).isTrue();
  }

  // DESIGN.md section 4, Lead adult care worker (ST0006): "pass 40+, merit 50+, distinction 55+"
  // of 60.
  @Property
  void aHigherScoreNeverEarnsALowerGrade(
      @ForAll @IntRange(min = 0, max = 60) int a, @ForAll @IntRange(min = 0, max = 60) int b) {
    ScoreBands st0006 =
        ScoreBands.create(FPMD, 60, Map.of("Pass", 40, "Merit", 50, "Distinction", 55)).get();
    Grade ga = st0006.gradeFor(a).get();
    Grade gb = st0006.gradeFor(b).get();
    if (a <= b) {
      assertThat(ga).isLessThanOrEqualTo(gb);
    }
  }
}
