package dev.epakit.analysis.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.epakit.analysis.variance.InsufficiencyReason;
import dev.epakit.analysis.variance.PValueAdjustment;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Materials functioning: trend, alpha, discrimination and site consistency. */
class MaterialsTest {

  /**
   * The example of R's {@code prop.trend.test} and {@code prop.test} help pages: smokers 83, 90,
   * 129, 70 among patients 86, 93, 136, 82. Published: trend X-squared = 8.2249 on 1 df, p =
   * 0.004132; homogeneity X-squared = 12.6 on 3 df, p = 0.005585.
   */
  @Test
  void reproducesRsPropTrendTestExample() {
    long[] x = {83, 90, 129, 70};
    long[] n = {86, 93, 136, 82};

    assertThat(PassRateTrend.cochranArmitage(x, n, new double[] {1, 2, 3, 4}))
        .isCloseTo(8.2249, within(5e-5));
    PassRateTrend trend = PassRateTrend.of(x, n).get();
    assertThat(trend.trendChiSquare()).isCloseTo(8.2249, within(5e-5));
    assertThat(trend.trendPValue()).isCloseTo(0.004132, within(5e-7));
    assertThat(trend.slope()).isNegative();
    assertThat(trend.homogeneityChiSquare()).isCloseTo(12.6, within(0.05));
    assertThat(trend.homogeneityDegreesOfFreedom()).isEqualTo(3);
    assertThat(trend.homogeneityPValue()).isCloseTo(0.005585, within(5e-7));
  }

  @Test
  void emptyPeriodsKeepTheirPlaceInTheCalendar() {
    // Periods 0 and 2 only: scores 0 and 2, the same statistic as scores 1 and 2 (two groups).
    PassRateTrend trend = PassRateTrend.of(new long[] {5, 0, 9}, new long[] {10, 0, 10}).get();
    assertThat(trend.periods()).extracting(PassRateTrend.PeriodRate::period).containsExactly(0, 2);
    assertThat(trend.slope()).isCloseTo(0.2, within(1e-12)); // 0.4 per two periods
    assertThat(PassRateTrend.of(new long[] {5, 0}, new long[] {10, 0}).getLeft().reason())
        .isEqualTo(InsufficiencyReason.TOO_FEW_PERIODS);
    assertThat(PassRateTrend.of(new long[] {5, 7}, new long[] {5, 7}).getLeft().reason())
        .isEqualTo(InsufficiencyReason.ALL_RESULTS_IDENTICAL);
    assertThatThrownBy(() -> PassRateTrend.of(new long[] {6}, new long[] {5}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * R's {@code mtcars} data (Henderson and Velleman 1981), columns cyl, gear, carb and hp: Cronbach's
   * alpha 0.09463206, as the test suite of the R package performance ({@code cronbachs_alpha})
   * gives it.
   */
  @Test
  void cronbachAlphaOfMtcars() {
    int[] cyl = {6, 6, 4, 6, 8, 6, 8, 4, 4, 6, 6, 8, 8, 8, 8, 8, 8, 4, 4, 4, 4, 8, 8, 8, 8, 4, 4, 4,
        8, 6, 8, 4};
    int[] gear = {4, 4, 4, 3, 3, 3, 3, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 4, 4, 4, 3, 3, 3, 3, 3, 4, 5,
        5, 5, 5, 5, 4};
    int[] carb = {4, 4, 1, 1, 2, 1, 4, 2, 2, 4, 4, 3, 3, 3, 4, 4, 4, 1, 2, 1, 1, 2, 2, 4, 2, 1, 2, 2,
        4, 6, 8, 2};
    int[] hp = {110, 110, 93, 110, 175, 105, 245, 62, 95, 123, 123, 180, 180, 180, 205, 215, 230, 66,
        52, 65, 97, 150, 150, 245, 175, 66, 91, 113, 264, 175, 335, 109};
    // the data as R ships it: column means 6.1875, 3.6875, 2.8125, 146.6875
    assertThat(java.util.Arrays.stream(cyl).sum()).isEqualTo(198);
    assertThat(java.util.Arrays.stream(gear).sum()).isEqualTo(118);
    assertThat(java.util.Arrays.stream(carb).sum()).isEqualTo(90);
    assertThat(java.util.Arrays.stream(hp).sum()).isEqualTo(4694);
    double[][] rows = new double[32][];
    for (int i = 0; i < 32; i++) {
      rows[i] = new double[] {cyl[i], gear[i], carb[i], hp[i]};
    }

    assertThat(CronbachAlpha.of(rows).get()).isCloseTo(0.09463206, within(1e-8));
  }

  @Test
  void cronbachAlphaRefusesTooLittleData() {
    assertThat(CronbachAlpha.of(new double[][] {{1, 2}}).getLeft().reason())
        .isEqualTo(InsufficiencyReason.TOO_FEW_ITEMS);
    assertThat(CronbachAlpha.of(new double[][] {{1}, {2}}).getLeft().reason())
        .isEqualTo(InsufficiencyReason.TOO_FEW_ITEMS);
    assertThat(CronbachAlpha.of(new double[][] {{1, 2}, {2, 1}}).getLeft().reason())
        .isEqualTo(InsufficiencyReason.ALL_RESULTS_IDENTICAL);
    // two parallel items with correlation 1: alpha 1
    assertThat(CronbachAlpha.of(new double[][] {{1, 1}, {2, 2}, {4, 4}}).get())
        .isCloseTo(1.0, within(1e-12));
  }

  /** Two methods, three scored tasks on the first, four sites, three quarters. */
  static MaterialColumns cohort(long seed, int candidates) {
    SplittableRandom random = new SplittableRandom(seed);
    MaterialColumns.Builder b = MaterialColumns.builder();
    for (int c = 0; c < candidates; c++) {
      double ability = random.nextGaussian();
      int site = random.nextInt(4);
      int period = random.nextInt(3);
      double total = 0;
      for (int t = 0; t < 3; t++) {
        double score = Math.max(0, Math.min(20, Math.round(10 + 3 * ability
            + 2 * random.nextGaussian())));
        total += score;
        b.add(0, t, c, site, period, score >= 8 ? 1 : 0, score >= 8, score);
      }
      double leniency = site == 3 ? 1.5 : 0; // site 3 grades method 1 generously
      double eta = ability + leniency + 0.4 * period + 0.5 * random.nextGaussian();
      int grade = eta < -0.5 ? 0 : eta < 1 ? 1 : 2;
      b.add(1, MaterialColumns.NONE, c, site, period, grade, grade > 0, Double.NaN);
    }
    return b.build();
  }

  @Test
  void analysesFacilityDiscriminationTrendAndSites() {
    MaterialColumns data = cohort(42, 600);

    List<MethodFunctioning> methods = MaterialsAnalysis.analyse(data, OptionalLong.of(1));

    assertThat(methods).hasSize(2);
    MethodFunctioning scored = methods.get(0);
    assertThat(scored.n()).isEqualTo(1800);
    assertThat(scored.tasks()).hasSize(3);
    assertThat(scored.alpha().get()).isBetween(0.7, 0.95);
    for (TaskFunctioning task : scored.tasks()) {
      assertThat(task.n()).isEqualTo(600);
      assertThat(task.meanScore()).isPresent();
      assertThat(task.discrimination().get()).isBetween(0.5, 0.95);
    }
    // corrected item-total correlation of task 0 computed by hand
    List<double[]> pairs = new ArrayList<>();
    for (int r = 0; r < data.size(); r += 4) {
      pairs.add(new double[] {data.score(r), data.score(r + 1) + data.score(r + 2)});
    }
    assertThat(scored.tasks().get(0).discrimination().get())
        .isCloseTo(MaterialsAnalysis.correlation(pairs, "-").get(), within(1e-12));
    long passes = 0;
    for (int r = 0; r < data.size(); r++) {
      passes += data.method(r) == 0 && data.pass(r) ? 1 : 0;
    }
    assertThat(scored.facility()).isCloseTo(passes / 1800.0, within(1e-12));

    MethodFunctioning graded = methods.get(1);
    assertThat(graded.alpha().getLeft().reason()).isEqualTo(InsufficiencyReason.TOO_FEW_ITEMS);
    assertThat(graded.tasks()).isEmpty();
    assertThat(graded.discrimination().get()).isPositive();
    assertThat(graded.trend().get().slope()).isPositive();
    assertThat(graded.trend().get().trendPValue()).isLessThan(0.01);
    assertThat(graded.sites()).hasSize(4);
    SiteConsistency generous = graded.sites().get(3);
    assertThat(generous.q().getAsDouble()).isLessThan(0.001);
    double[] p = graded.sites().stream().mapToDouble(s -> s.test().get().pValue()).toArray();
    double[] q = PValueAdjustment.BENJAMINI_HOCHBERG.adjust(p);
    for (int s = 0; s < 4; s++) {
      assertThat(graded.sites().get(s).q().getAsDouble()).isEqualTo(q[s]);
    }
  }

  @Test
  void aMethodWithoutCandidatesPeriodsOrSitesSaysWhy() {
    MaterialColumns data = MaterialColumns.builder()
        .add(0, -1, -1, -1, -1, 1, true, Double.NaN)
        .add(0, -1, -1, -1, -1, 0, false, Double.NaN)
        .build();
    MethodFunctioning m = MaterialsAnalysis.analyse(data, OptionalLong.empty()).get(0);
    assertThat(m.facility()).isEqualTo(0.5);
    assertThat(m.discrimination().isLeft()).isTrue();
    assertThat(m.trend().getLeft().reason()).isEqualTo(InsufficiencyReason.TOO_FEW_PERIODS);
    assertThat(m.sites()).isEmpty();
  }
}
