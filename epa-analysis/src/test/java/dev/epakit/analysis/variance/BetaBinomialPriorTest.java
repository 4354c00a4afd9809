package dev.epakit.analysis.variance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Method-of-moments beta-binomial prior and posterior pass rates, checked by hand. */
class BetaBinomialPriorTest {

  /**
   * Ten assessors with ten results each and passes 2, 4, 5, 5, 6, 6, 7, 8, 9, 8.
   *
   * <pre>
   * p_i: 0.2 0.4 0.5 0.5 0.6 0.6 0.7 0.8 0.9 0.8, m = 6.0 / 10 = 0.6
   * squared deviations: 0.16 0.04 0.01 0.01 0 0 0.01 0.04 0.09 0.04, sum 0.40, v = 0.4 / 9 = 2/45
   * v / (m (1 - m)) = (2/45) / 0.24 = 5/27;  h = mean(1 / n_i) = 1/10
   * rho = (5/27 - 1/10) / (1 - 1/10) = (23/270) / (9/10) = 23/243
   * alpha + beta = 243/23 - 1 = 220/23;  alpha = 0.6 * 220/23 = 132/23;  beta = 88/23
   * posterior of the first assessor (2 of 10): Beta(2 + 132/23, 8 + 88/23), mean 178/450
   * </pre>
   *
   * The credible limits are Beta(178/23, 272/23) quantiles at 0.025 and 0.975, evaluated with an
   * independent implementation of the Beta distribution: 0.19701238236774998, 0.6143213610968761.
   */
  @Test
  void handDerivedMethodOfMoments() {
    long[] n = new long[10];
    Arrays.fill(n, 10);
    long[] passes = {2, 4, 5, 5, 6, 6, 7, 8, 9, 8};

    BetaBinomialPrior prior = BetaBinomialPrior.estimate(n, passes).get();

    assertThat(prior.units()).isEqualTo(10);
    assertThat(prior.mean()).isCloseTo(0.6, within(1e-12));
    assertThat(prior.rho()).isCloseTo(23.0 / 243, within(1e-12));
    assertThat(prior.alpha()).isCloseTo(132.0 / 23, within(1e-9));
    assertThat(prior.beta()).isCloseTo(88.0 / 23, within(1e-9));

    PosteriorRate posterior = prior.posterior(10, 2, 0.95);
    assertThat(posterior.mean()).isCloseTo(178.0 / 450, within(1e-12));
    assertThat(posterior.alpha()).isCloseTo(2 + 132.0 / 23, within(1e-9));
    assertThat(posterior.beta()).isCloseTo(8 + 88.0 / 23, within(1e-9));
    assertThat(posterior.lower()).isCloseTo(0.19701238236774998, within(1e-6));
    assertThat(posterior.upper()).isCloseTo(0.6143213610968761, within(1e-6));
    assertThat(posterior.n()).isEqualTo(10);
  }

  /**
   * Unequal n. Twelve assessors: n = 20 (six of them) and n = 40 (six), passes 8, 10, 12, 14, 16,
   * 18 and 16, 20, 24, 28, 32, 36, so the rates are 0.4 .. 0.9 in steps of 0.1 twice.
   *
   * <pre>
   * m = 0.65; sum of squared deviations = 2 * (0.0625 + 0.0225 + 0.0025) * 2 = 0.35, v = 0.35 / 11
   * v / (m (1 - m)) = (0.35 / 11) / 0.2275 = 0.1398601398...
   * h = (6 / 20 + 6 / 40) / 12 = 0.0375
   * rho = (0.1398601398 - 0.0375) / 0.9625
   * </pre>
   */
  @Test
  void unequalNumbersOfResults() {
    long[] n = {20, 20, 20, 20, 20, 20, 40, 40, 40, 40, 40, 40};
    long[] passes = {8, 10, 12, 14, 16, 18, 16, 20, 24, 28, 32, 36};
    double ratio = (0.35 / 11) / (0.65 * 0.35);
    double rho = (ratio - 0.0375) / 0.9625;

    BetaBinomialPrior prior = BetaBinomialPrior.estimate(n, passes).get();

    assertThat(prior.rho()).isCloseTo(rho, within(1e-12));
    assertThat(prior.alpha() + prior.beta()).isCloseTo(1 / rho - 1, within(1e-9));
    assertThat(prior.alpha()).isCloseTo(0.65 * (1 / rho - 1), within(1e-9));
  }

  @Test
  void assessorsWithoutResultsAreLeftOut() {
    long[] n = {0, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0};
    long[] passes = {0, 2, 4, 5, 5, 6, 6, 7, 8, 9, 8, 0};

    BetaBinomialPrior prior = BetaBinomialPrior.estimate(n, passes).get();

    assertThat(prior.units()).isEqualTo(10);
    assertThat(prior.alpha()).isCloseTo(132.0 / 23, within(1e-9));
  }

  @Test
  void noVariationBeyondChanceIsReportedNotEstimated() {
    long[] n = new long[10];
    Arrays.fill(n, 100);
    long[] passes = {50, 50, 51, 49, 50, 50, 51, 49, 50, 50};

    var prior = BetaBinomialPrior.estimate(n, passes);

    assertThat(prior.getLeft().reason()).isEqualTo(InsufficiencyReason.NO_EXTRA_BINOMIAL_VARIATION);
    assertThat(prior.getLeft().available()).isEqualTo(10);
  }

  @Test
  void fewAssessorsOrIdenticalResultsAreInsufficient() {
    assertThat(
            BetaBinomialPrior.estimate(new long[] {10, 10, 10}, new long[] {1, 5, 9})
                .getLeft()
                .reason())
        .isEqualTo(InsufficiencyReason.TOO_FEW_ASSESSORS);

    long[] n = new long[10];
    Arrays.fill(n, 10);
    assertThat(BetaBinomialPrior.estimate(n, n.clone()).getLeft().reason())
        .isEqualTo(InsufficiencyReason.ALL_RESULTS_IDENTICAL);

    long[] ones = new long[10];
    Arrays.fill(ones, 1);
    long[] mixed = {0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
    assertThat(BetaBinomialPrior.estimate(ones, mixed).getLeft().reason())
        .isEqualTo(InsufficiencyReason.BELOW_MINIMUM_N);

    // Each assessor passes all or fails all: rho >= 1.
    long[] allOrNone = {10, 0, 10, 0, 10, 0, 10, 0, 10, 0};
    assertThat(BetaBinomialPrior.estimate(n, allOrNone).getLeft().reason())
        .isEqualTo(InsufficiencyReason.ALL_RESULTS_IDENTICAL);
  }

  @Test
  void posteriorOfAnAssessorWithoutResultsIsThePrior() {
    BetaBinomialPrior prior = new BetaBinomialPrior(6, 4, 10, 0.6, 1.0 / 11);

    PosteriorRate posterior = prior.posterior(0, 0, 0.9);

    assertThat(posterior.mean()).isCloseTo(0.6, within(1e-12));
    assertThat(posterior.n()).isZero();
    assertThat(posterior.level()).isEqualTo(0.9);
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> BetaBinomialPrior.estimate(new long[] {1}, new long[] {2}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BetaBinomialPrior.estimate(new long[] {1}, new long[] {}))
        .isInstanceOf(IllegalArgumentException.class);
    BetaBinomialPrior prior = new BetaBinomialPrior(6, 4, 10, 0.6, 1.0 / 11);
    assertThatThrownBy(() -> prior.posterior(5, 6, 0.95)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> prior.posterior(5, 2, 1.0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BetaBinomialPrior(0, 4, 10, 0.6, 0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
