package dev.epakit.analysis.variance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Multiple-testing adjustment against the worked example of Benjamini and Hochberg (1995),
 * "Controlling the false discovery rate: a practical and powerful approach to multiple testing",
 * JRSS B 57:289-300, section 4: fifteen p-values from a study of myocardial infarction, of which
 * the procedure at q = 0.05 rejects the four smallest (Bonferroni at 0.05/15 rejects three).
 *
 * <p>The expected adjusted p-values were not copied from printed R output (none was at hand); they
 * are worked from the definitions R's {@code p.adjust} implements, shown next to each value:
 *
 * <ul>
 *   <li>BH: {@code o <- order(p, decreasing = TRUE); pmin(1, cummin(n / (n:1) * p[o]))[order(o)]},
 *       that is {@code q_(i) = min_{j >= i} 15 p_(j) / j}.
 *   <li>Holm: {@code o <- order(p); pmin(1, cummax((n - (1:n) + 1) * p[o]))[order(o)]}, that is
 *       {@code q_(i) = max_{j <= i} (16 - j) p_(j)}.
 * </ul>
 */
class PValueAdjustmentTest {

  private static final double[] BH_1995 = {
    0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719,
    0.6528, 0.7590, 1.000
  };

  @Test
  void benjaminiHochbergRejectsTheFirstFourOfThePaperAtFivePercent() {
    boolean[] rejected = PValueAdjustment.BENJAMINI_HOCHBERG.rejected(BH_1995, 0.05);

    assertThat(rejected)
        .containsExactly(
            true, true, true, true, false, false, false, false, false, false, false, false, false,
            false, false);
  }

  @Test
  void bonferroniRejectsOnlyThreeAsThePaperSays() {
    boolean[] rejected = PValueAdjustment.BONFERRONI.rejected(BH_1995, 0.05);

    assertThat(rejected).containsSequence(true, true, true, false);
    int count = 0;
    for (boolean r : rejected) {
      count += r ? 1 : 0;
    }
    assertThat(count).isEqualTo(3);
  }

  @Test
  void benjaminiHochbergAdjustedValuesFollowTheDefinition() {
    double[] expected = {
      0.0015, // 15 * 0.0001 / 1
      0.003, // 15 * 0.0004 / 2
      0.0095, // 15 * 0.0019 / 3
      0.035625, // 15 * 0.0095 / 4
      0.0603, // 15 * 0.0201 / 5
      0.0638571428571429, // 15 * 0.0298 / 7, smaller than 15 * 0.0278 / 6 = 0.0695
      0.0638571428571429, // 15 * 0.0298 / 7
      0.0645, // 15 * 0.0344 / 8
      0.0765, // 15 * 0.0459 / 9
      0.486, // 15 * 0.3240 / 10
      0.581181818181818, // 15 * 0.4262 / 11
      0.714875, // 15 * 0.5719 / 12
      0.753230769230769, // 15 * 0.6528 / 13
      0.813214285714286, // 15 * 0.7590 / 14
      1.0 // 15 * 1.000 / 15
    };

    assertThat(PValueAdjustment.BENJAMINI_HOCHBERG.adjust(BH_1995))
        .containsExactly(expected, within(1e-9));
  }

  @Test
  void holmAdjustedValuesFollowTheDefinition() {
    double[] expected = {
      0.0015, // 15 * 0.0001
      0.0056, // 14 * 0.0004
      0.0247, // 13 * 0.0019
      0.114, // 12 * 0.0095
      0.2211, // 11 * 0.0201
      0.278, // 10 * 0.0278
      0.278, // max(0.278, 9 * 0.0298 = 0.2682)
      0.278, // max(0.278, 8 * 0.0344 = 0.2752)
      0.3213, // 7 * 0.0459
      1.0, // 6 * 0.3240 = 1.944, capped
      1.0,
      1.0,
      1.0,
      1.0,
      1.0
    };

    assertThat(PValueAdjustment.HOLM.adjust(BH_1995)).containsExactly(expected, within(1e-9));
  }

  @Test
  void adjustedValuesKeepTheCallersOrder() {
    double[] shuffled = {0.0459, 0.0001, 0.7590, 0.0095};

    // m = 4: sorted 0.0001, 0.0095, 0.0459, 0.7590 -> 0.0004, 0.019, 0.0612, 0.759
    assertThat(PValueAdjustment.BENJAMINI_HOCHBERG.adjust(shuffled))
        .containsExactly(new double[] {0.0612, 0.0004, 0.759, 0.019}, within(1e-12));
    // Holm: 4 * 0.0001, 3 * 0.0095, 2 * 0.0459, 0.7590
    assertThat(PValueAdjustment.HOLM.adjust(shuffled))
        .containsExactly(new double[] {0.0918, 0.0004, 0.759, 0.0285}, within(1e-12));
  }

  @Test
  void tiesGetEqualAdjustedValues() {
    double[] tied = {0.02, 0.01, 0.02, 0.5};

    double[] bh = PValueAdjustment.BENJAMINI_HOCHBERG.adjust(tied);
    double[] holm = PValueAdjustment.HOLM.adjust(tied);

    // BH: 4 * 0.02 / 3 = 0.02667 for both ties; 4 * 0.01 / 1 = 0.04 is cut to 0.02667
    assertThat(bh).containsExactly(new double[] {0.08 / 3, 0.08 / 3, 0.08 / 3, 0.5}, within(1e-12));
    // Holm: 4 * 0.01 = 0.04; 3 * 0.02 = 0.06; max(0.06, 2 * 0.02) = 0.06; max(0.06, 0.5) = 0.5
    assertThat(holm).containsExactly(new double[] {0.06, 0.04, 0.06, 0.5}, within(1e-12));
  }

  @Test
  void emptyFamilyGivesEmptyResult() {
    for (PValueAdjustment adjustment : PValueAdjustment.values()) {
      assertThat(adjustment.adjust(new double[0])).isEmpty();
    }
  }

  @Test
  void adjustedValuesAreNeverBelowTheRawValuesNorAboveOne() {
    for (PValueAdjustment adjustment : PValueAdjustment.values()) {
      double[] adjusted = adjustment.adjust(BH_1995);
      for (int i = 0; i < adjusted.length; i++) {
        assertThat(adjusted[i]).isBetween(BH_1995[i], 1.0);
      }
    }
  }

  @Test
  void rejectsPValuesOutsideZeroOneAndBadLevels() {
    assertThatThrownBy(() -> PValueAdjustment.HOLM.adjust(new double[] {0.1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p-value 1");
    assertThatThrownBy(() -> PValueAdjustment.BENJAMINI_HOCHBERG.adjust(new double[] {1.5}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PValueAdjustment.BENJAMINI_HOCHBERG.rejected(BH_1995, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("level");
  }
}
