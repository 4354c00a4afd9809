package dev.epakit.analysis.severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Many-facet Rasch measurement by joint maximum likelihood. */
class ManyFacetRaschTest {

  static final RaschOptions TIGHT = RaschOptions.defaults().withTolerances(1e-11, 1e-10);

  /** Draws a category from the rating-scale model with thresholds {@code tau[1..m]}. */
  static int draw(SplittableRandom random, double eta, double[] tau) {
    int m = tau.length - 1;
    double[] p = new double[m + 1];
    double cumulative = 0;
    double total = 0;
    for (int k = 0; k <= m; k++) {
      if (k > 0) {
        cumulative += tau[k];
      }
      p[k] = Math.exp(k * eta - cumulative);
      total += p[k];
    }
    double u = random.nextDouble() * total;
    int k = 0;
    while (k < m && (u -= p[k]) > 0) {
      k++;
    }
    return k;
  }

  static double correlation(double[] x, double[] y) {
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i] / n;
      my += y[i] / n;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /** A fully crossed dichotomous design in which no candidate has an extreme score. */
  static FacetObservations crossedDichotomous(long seed, int candidates, int assessors, int methods) {
    SplittableRandom random = new SplittableRandom(seed);
    FacetObservations.Builder builder = FacetObservations.builder(2);
    for (int n = 0; n < candidates; n++) {
      double ability = random.nextGaussian();
      int[] scores = new int[assessors * methods];
      int total;
      do {
        total = 0;
        for (int j = 0; j < assessors; j++) {
          for (int i = 0; i < methods; i++) {
            double eta = ability - 0.4 * (j - 1) - 0.3 * (2 * i - 1);
            scores[j * methods + i] = draw(random, eta, new double[] {0, 0});
            total += scores[j * methods + i];
          }
        }
      } while (total == 0 || total == scores.length);
      for (int j = 0; j < assessors; j++) {
        for (int i = 0; i < methods; i++) {
          builder.add(n, j, i, scores[j * methods + i]);
        }
      }
    }
    return builder.build();
  }

  /**
   * The joint likelihood of the dichotomous many-facet model is that of a logistic regression on
   * candidate, assessor and method indicators. Fitted here by Newton-Raphson on the full Hessian
   * with sum-to-zero (effect) coding for assessors and methods, its estimates must equal JMLE's.
   */
  @Test
  void fullyCrossedDichotomousDesignEqualsLogisticRegressionWithSumToZeroConstraints() {
    int candidates = 25;
    int assessors = 3;
    int methods = 2;
    FacetObservations data = crossedDichotomous(7, candidates, assessors, methods);

    RaschMeasurement fit = (RaschMeasurement) ManyFacetRasch.estimate(data, TIGHT);

    assertThat(fit.excluded()).isEmpty();
    assertThat(fit.converged()).isTrue();
    double[] beta = logisticRegression(data, candidates, assessors, methods);
    for (int n = 0; n < candidates; n++) {
      assertThat(fit.candidates().element(n).orElseThrow().measure())
          .isCloseTo(beta[n], within(1e-6));
    }
    double lastAssessor = 0;
    for (int j = 0; j < assessors - 1; j++) {
      assertThat(fit.assessors().element(j).orElseThrow().measure())
          .isCloseTo(beta[candidates + j], within(1e-6));
      lastAssessor -= beta[candidates + j];
    }
    assertThat(fit.assessors().element(assessors - 1).orElseThrow().measure())
        .isCloseTo(lastAssessor, within(1e-6));
    double lastMethod = 0;
    for (int i = 0; i < methods - 1; i++) {
      assertThat(fit.methods().element(i).orElseThrow().measure())
          .isCloseTo(beta[candidates + assessors - 1 + i], within(1e-6));
      lastMethod -= beta[candidates + assessors - 1 + i];
    }
    assertThat(fit.methods().element(methods - 1).orElseThrow().measure())
        .isCloseTo(lastMethod, within(1e-6));
  }

  /**
   * Logistic regression of score on eta = b_n - c_j - d_i with c and d in effect coding: columns
   * are b_0..b_{N-1}, c_0..c_{J-2}, d_0..d_{I-2}, and c_{J-1} = -sum c, d_{I-1} = -sum d. Full
   * Newton-Raphson (IRLS) with Gaussian elimination.
   */
  static double[] logisticRegression(
      FacetObservations data, int candidates, int assessors, int methods) {
    int p = candidates + assessors - 1 + methods - 1;
    double[] beta = new double[p];
    for (int iteration = 0; iteration < 100; iteration++) {
      double[][] hessian = new double[p][p];
      double[] gradient = new double[p];
      for (int r = 0; r < data.size(); r++) {
        double[] x = new double[p];
        x[data.candidate(r)] = 1;
        int j = data.assessor(r);
        if (j < assessors - 1) {
          x[candidates + j] = -1;
        } else {
          for (int k = 0; k < assessors - 1; k++) {
            x[candidates + k] = 1;
          }
        }
        int i = data.method(r);
        int offset = candidates + assessors - 1;
        if (i < methods - 1) {
          x[offset + i] = -1;
        } else {
          for (int k = 0; k < methods - 1; k++) {
            x[offset + k] = 1;
          }
        }
        double eta = 0;
        for (int k = 0; k < p; k++) {
          eta += x[k] * beta[k];
        }
        double prob = 1 / (1 + Math.exp(-eta));
        double w = prob * (1 - prob);
        for (int a = 0; a < p; a++) {
          if (x[a] == 0) {
            continue;
          }
          gradient[a] += x[a] * (data.score(r) - prob);
          for (int b = 0; b < p; b++) {
            hessian[a][b] += w * x[a] * x[b];
          }
        }
      }
      double[] step = solve(hessian, gradient);
      double largest = 0;
      for (int k = 0; k < p; k++) {
        beta[k] += step[k];
        largest = Math.max(largest, Math.abs(step[k]));
      }
      if (largest < 1e-13) {
        break;
      }
    }
    return beta;
  }

  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int k = 0; k < n; k++) {
      int pivot = k;
      for (int i = k + 1; i < n; i++) {
        if (Math.abs(m[i][k]) > Math.abs(m[pivot][k])) {
          pivot = i;
        }
      }
      double[] t = m[k];
      m[k] = m[pivot];
      m[pivot] = t;
      for (int i = k + 1; i < n; i++) {
        double f = m[i][k] / m[k][k];
        for (int j = k; j <= n; j++) {
          m[i][j] -= f * m[k][j];
        }
      }
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = m[i][n];
      for (int j = i + 1; j < n; j++) {
        s -= m[i][j] * x[j];
      }
      x[i] = s / m[i][i];
    }
    return x;
  }

  @Test
  void assessorsWithEqualRawTotalsOnTheSameCandidatesGetEqualSeverities() {
    // Assessor 1 gives assessor 0's scores in another order: same total on the same candidates.
    SplittableRandom random = new SplittableRandom(11);
    int candidates = 40;
    int[][] scores = new int[3][candidates];
    for (int n = 0; n < candidates; n++) {
      double ability = random.nextGaussian();
      scores[0][n] = draw(random, ability, new double[] {0, -0.8, 0.8});
      scores[2][n] = draw(random, ability - 0.5, new double[] {0, -0.8, 0.8});
    }
    for (int n = 0; n < candidates; n++) {
      scores[1][n] = scores[0][(n + 7) % candidates];
    }
    FacetObservations.Builder builder = FacetObservations.builder(3);
    for (int n = 0; n < candidates; n++) {
      // a fourth rating, in the middle category, keeps every candidate off the extremes
      builder.add(n, 3, 0, 1);
      for (int j = 0; j < 3; j++) {
        builder.add(n, j, 0, scores[j][n]);
      }
    }

    RaschMeasurement fit = (RaschMeasurement) ManyFacetRasch.estimate(builder.build(), TIGHT);

    assertThat(fit.excluded()).isEmpty();
    ElementMeasure a0 = fit.assessors().element(0).orElseThrow();
    ElementMeasure a1 = fit.assessors().element(1).orElseThrow();
    assertThat(a0.score()).isEqualTo(a1.score());
    assertThat(a0.measure()).isCloseTo(a1.measure(), within(1e-8));
    assertThat(a0.standardError()).isCloseTo(a1.standardError(), within(1e-8));
    assertThat(a0.measure()).isNotCloseTo(
        fit.assessors().element(2).orElseThrow().measure(), within(0.01));
  }

  /** Hundreds of candidates, ten assessors, three methods, every method double-marked. */
  static final class Simulation {
    final double[] severity = new double[10];
    final double[] difficulty = {-0.5, 0.1, 0.4};
    final double[] ability;
    final FacetObservations data;

    Simulation(long seed, int candidates) {
      SplittableRandom random = new SplittableRandom(seed);
      for (int j = 0; j < severity.length; j++) {
        severity[j] = 0.6 * random.nextGaussian();
      }
      ability = new double[candidates];
      double[] tau = {0, -1.2, 0.1, 1.1};
      FacetObservations.Builder builder = FacetObservations.builder(4);
      for (int n = 0; n < candidates; n++) {
        ability[n] = random.nextGaussian();
        for (int i = 0; i < difficulty.length; i++) {
          int first = random.nextInt(severity.length);
          int second = (first + 1 + random.nextInt(severity.length - 1)) % severity.length;
          for (int j : new int[] {first, second}) {
            builder.add(n, j, i, draw(random, ability[n] - severity[j] - difficulty[i], tau));
          }
        }
      }
      data = builder.build();
    }
  }

  @Test
  void simulatedSeveritiesAreRecovered() {
    Simulation sim = new Simulation(20240601L, 400);

    RaschMeasurement fit = (RaschMeasurement) ManyFacetRasch.estimate(sim.data);

    assertThat(fit.converged()).isTrue();
    double[] estimated = new double[sim.severity.length];
    for (int j = 0; j < estimated.length; j++) {
      estimated[j] = fit.assessors().element(j).orElseThrow().measure();
    }
    assertThat(correlation(estimated, sim.severity)).isGreaterThan(0.95);
    double[] methods = new double[3];
    for (int i = 0; i < 3; i++) {
      methods[i] = fit.methods().element(i).orElseThrow().measure();
    }
    assertThat(correlation(methods, sim.difficulty)).isGreaterThan(0.95);
    // The model fits data simulated from it: mean-squares near their expectation of 1, each within
    // about three model standard deviations (some 0.1 for 240 ratings).
    double meanInfit = fit.assessors().elements().stream()
        .mapToDouble(ElementMeasure::infit).average().orElseThrow();
    assertThat(meanInfit).isBetween(0.9, 1.1);
    for (ElementMeasure assessor : fit.assessors().elements()) {
      assertThat(assessor.infit()).isBetween(0.65, 1.35);
      assertThat(assessor.outfit()).isBetween(0.6, 1.4);
      assertThat(assessor.infitZ()).isPresent();
      assertThat(Math.abs(assessor.infitZ().getAsDouble())).isLessThan(4);
    }
    assertThat(fit.assessors().separation().orElseThrow().reliability()).isGreaterThan(0.8);
    assertThat(fit.assessors().separation().orElseThrow().pValue()).isLessThan(1e-6);
    assertThat(fit.scales()).hasSize(1);
    List<Double> thresholds = fit.scales().get(0).thresholds();
    assertThat(thresholds.get(0)).isCloseTo(-1.2, within(0.3));
    assertThat(thresholds.get(2)).isCloseTo(1.1, within(0.3));
    assertThat(thresholds.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(0, within(1e-9));
    // centring: assessors and methods average zero
    assertThat(fit.assessors().elements().stream().mapToDouble(ElementMeasure::measure).sum())
        .isCloseTo(0, within(1e-9));
    assertThat(fit.methods().elements().stream().mapToDouble(ElementMeasure::measure).sum())
        .isCloseTo(0, within(1e-9));
  }

  @Test
  void movingEveryGradeOfOneAssessorUpOneStepLowersThatAssessorsSeverity() {
    Simulation sim = new Simulation(99L, 200);
    FacetObservations data = sim.data;
    FacetObservations.Builder lenient = FacetObservations.builder(4);
    for (int r = 0; r < data.size(); r++) {
      int score = data.score(r);
      if (data.assessor(r) == 3 && score < 3) {
        score++;
      }
      lenient.add(data.candidate(r), data.assessor(r), data.method(r), score);
    }

    RaschMeasurement before = (RaschMeasurement) ManyFacetRasch.estimate(data);
    RaschMeasurement after = (RaschMeasurement) ManyFacetRasch.estimate(lenient.build());

    double was = before.assessors().element(3).orElseThrow().measure();
    double is = after.assessors().element(3).orElseThrow().measure();
    assertThat(is).isLessThan(was - 0.5);
  }

  @Test
  void parallelPassesGiveTheSameMeasures() {
    Simulation sim = new Simulation(5L, 30_000);
    RaschMeasurement serial = (RaschMeasurement) ManyFacetRasch.estimate(sim.data);
    RaschMeasurement parallel =
        (RaschMeasurement) ManyFacetRasch.estimate(sim.data, RaschOptions.defaults().withThreads(2));
    for (int j = 0; j < 10; j++) {
      assertThat(parallel.assessors().element(j).orElseThrow().measure())
          .isCloseTo(serial.assessors().element(j).orElseThrow().measure(), within(1e-6));
    }
  }

  @Test
  void candidatesWithExtremeScoresAreExcludedAndReported() {
    Simulation sim = new Simulation(3L, 100);
    FacetObservations.Builder builder = FacetObservations.builder(4);
    for (int r = 0; r < sim.data.size(); r++) {
      builder.add(sim.data.candidate(r), sim.data.assessor(r), sim.data.method(r),
          sim.data.score(r));
    }
    for (int j = 0; j < 4; j++) {
      builder.add(100, j, j % 3, 3); // every grade the top one
      builder.add(101, j, j % 3, 0); // every grade the bottom one
    }

    RaschMeasurement fit = (RaschMeasurement) ManyFacetRasch.estimate(builder.build());

    assertThat(fit.excluded())
        .contains(new ExcludedElement(Facet.CANDIDATE, 100, 4, Extreme.MAXIMUM),
            new ExcludedElement(Facet.CANDIDATE, 101, 4, Extreme.MINIMUM));
    assertThat(fit.candidates().element(100)).isEmpty();
    assertThat(fit.candidates().element(101)).isEmpty();
    assertThat(fit.n().units()).isEqualTo(102);
  }

  @Test
  void anAssessorWhoFailsEveryoneIsExcludedAsExtreme() {
    FacetObservations data = crossedDichotomous(13, 30, 3, 2);
    FacetObservations.Builder builder = FacetObservations.builder(2);
    for (int r = 0; r < data.size(); r++) {
      builder.add(data.candidate(r), data.assessor(r), data.method(r), data.score(r));
    }
    for (int n = 0; n < 30; n++) {
      builder.add(n, 3, n % 2, 0);
    }

    RaschResult result = ManyFacetRasch.estimate(builder.build());

    assertThat(result.excluded()).contains(new ExcludedElement(Facet.ASSESSOR, 3, 30, Extreme.MINIMUM));
    assertThat(((RaschMeasurement) result).assessors().element(3)).isEmpty();
  }

  @Test
  void groupsThatNeverMeetAreReportedNotEstimated() {
    SplittableRandom random = new SplittableRandom(1);
    FacetObservations.Builder builder = FacetObservations.builder(2);
    for (int n = 0; n < 40; n++) {
      int group = n < 20 ? 0 : 2; // candidates 0-19 meet assessors 0-1, 20-39 assessors 2-3
      for (int j = group; j < group + 2; j++) {
        for (int i = 0; i < 2; i++) {
          builder.add(n, j, i, random.nextInt(2));
        }
      }
      builder.add(n, group, 0, 0);
      builder.add(n, group + 1, 1, 1);
    }

    RaschResult result = ManyFacetRasch.estimate(builder.build());

    assertThat(result).isInstanceOf(DisconnectedDesign.class);
    DisconnectedDesign design = (DisconnectedDesign) result;
    assertThat(design.subsets()).hasSize(2);
    assertThat(design.subsets()).extracting(Subset::assessors)
        .containsExactlyInAnyOrder(List.of(0, 1), List.of(2, 3));
    assertThat(design.subsets().get(0).methods()).containsExactly(0, 1);
    assertThat(design.reason()).contains("never meet");
  }

  @Test
  void assessorsWhoEachAssessOnlyOneMethodAreConfoundedWithIt() {
    // Every candidate takes both methods, but assessors 0 and 1 only assess method 0 and
    // assessors 2 and 3 only method 1: the graph is connected, the measures are not determined.
    SplittableRandom random = new SplittableRandom(2);
    FacetObservations.Builder builder = FacetObservations.builder(2);
    for (int n = 0; n < 40; n++) {
      builder.add(n, random.nextInt(2), 0, 0);
      builder.add(n, random.nextInt(2), 0, 1);
      builder.add(n, 2 + random.nextInt(2), 1, random.nextInt(2));
    }

    RaschResult result = ManyFacetRasch.estimate(builder.build());

    assertThat(result).isInstanceOf(DisconnectedDesign.class);
    DisconnectedDesign design = (DisconnectedDesign) result;
    assertThat(design.confoundedDimensions()).isEqualTo(1);
    assertThat(design.subsets()).hasSize(1);
    assertThat(design.reason()).contains("confounded");
  }

  @Test
  void thinDataIsRefusedWithAReason() {
    RaschResult none = ManyFacetRasch.estimate(FacetObservations.builder(2).build());
    assertThat(none).isInstanceOf(TooLittleData.class);
    assertThat(((TooLittleData) none).reason()).contains("no observations");

    FacetObservations few = FacetObservations.builder(2)
        .add(0, 0, 0, 1).add(0, 1, 0, 0).add(1, 0, 0, 0).add(1, 1, 0, 1).build();
    RaschResult small = ManyFacetRasch.estimate(few);
    assertThat(small).isInstanceOf(TooLittleData.class);
    assertThat(((TooLittleData) small).reason()).contains("at least 10");
    assertThat(small.n().units()).isEqualTo(2);

    FacetObservations allExtreme = FacetObservations.builder(2)
        .add(0, 0, 0, 1).add(0, 1, 0, 1).add(1, 0, 0, 0).add(1, 1, 0, 0).build();
    RaschResult extreme = ManyFacetRasch.estimate(allExtreme);
    assertThat(extreme).isInstanceOf(TooLittleData.class);
    assertThat(extreme.excluded()).hasSize(2);
  }

  @Test
  void aCategoryNobodyUsesIsRefused() {
    Simulation sim = new Simulation(8L, 50);
    FacetObservations.Builder builder = FacetObservations.builder(5); // category 4 never used
    for (int r = 0; r < sim.data.size(); r++) {
      builder.add(sim.data.candidate(r), sim.data.assessor(r), sim.data.method(r),
          sim.data.score(r));
    }
    RaschResult result = ManyFacetRasch.estimate(builder.build());
    assertThat(result).isInstanceOf(TooLittleData.class);
    assertThat(((TooLittleData) result).reason()).contains("category 4 is never used");
  }

  @Test
  void separationStatisticsFollowTheirDefinitions() {
    Simulation sim = new Simulation(17L, 300);
    RaschMeasurement fit = (RaschMeasurement) ManyFacetRasch.estimate(sim.data);
    List<ElementMeasure> assessors = fit.assessors().elements();
    FacetSeparation s = fit.assessors().separation().orElseThrow();
    int k = assessors.size();
    double mean = assessors.stream().mapToDouble(ElementMeasure::measure).average().orElseThrow();
    double variance = assessors.stream()
        .mapToDouble(e -> (e.measure() - mean) * (e.measure() - mean)).sum() / k;
    double mse = assessors.stream()
        .mapToDouble(e -> e.standardError() * e.standardError()).sum() / k;
    assertThat(s.observedSd()).isCloseTo(Math.sqrt(variance), within(1e-12));
    assertThat(s.rmse()).isCloseTo(Math.sqrt(mse), within(1e-12));
    assertThat(s.separation()).isCloseTo(Math.sqrt(variance - mse) / Math.sqrt(mse), within(1e-9));
    assertThat(s.reliability()).isCloseTo((variance - mse) / variance, within(1e-9));
    assertThat(s.strata()).isCloseTo((4 * s.separation() + 1) / 3, within(1e-12));
    assertThat(s.degreesOfFreedom()).isEqualTo(k - 1);
    double w = 0;
    double wm = 0;
    for (ElementMeasure e : assessors) {
      w += 1 / (e.standardError() * e.standardError());
      wm += e.measure() / (e.standardError() * e.standardError());
    }
    double chi = 0;
    for (ElementMeasure e : assessors) {
      chi += Math.pow((e.measure() - wm / w) / e.standardError(), 2);
    }
    assertThat(s.chiSquare()).isCloseTo(chi, within(1e-9));
  }

  /**
   * Wilson-Hilferty standardisation as Wright and Masters (1982) and FACETS give it: with q the
   * model standard deviation of the mean-square, t = (MnSq^(1/3) - 1)(3/q) + q/3.
   */
  @Test
  void wilsonHilfertyStandardisation() {
    assertThat(ManyFacetRasch.Report.standardised(1.0, 0.04).getAsDouble())
        .isCloseTo(0.2 / 3, within(1e-12));
    assertThat(ManyFacetRasch.Report.standardised(1.728, 0.04).getAsDouble())
        .isCloseTo((1.2 - 1) * 15 + 0.2 / 3, within(1e-12));
    assertThat(ManyFacetRasch.Report.standardised(1.2, 0)).isEmpty();
  }

  @Test
  void observationsRejectBadInput() {
    assertThatThrownBy(() -> FacetObservations.builder(2).add(0, 0, 0, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside 0..1");
    assertThatThrownBy(() -> FacetObservations.builder(1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FacetObservations.of(new int[1], new int[2], new int[1], new int[1], 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FacetObservations.builder(2).add(-1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    FacetObservations a = FacetObservations.builder(2, 3).add(0, 1, 2, 1, 2).build();
    FacetObservations b = FacetObservations.of(
        new int[] {0}, new int[] {1}, new int[] {2}, new int[] {1}, new int[] {2}, new int[] {2, 3});
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.assessorCount()).isEqualTo(2);
    assertThat(a.methodCount()).isEqualTo(3);
    assertThat(a.scale(0)).isEqualTo(1);
    assertThat(a.score(0)).isEqualTo(2);
    List<Integer> unused = new ArrayList<>();
    assertThat(unused).isEmpty();
  }
}
