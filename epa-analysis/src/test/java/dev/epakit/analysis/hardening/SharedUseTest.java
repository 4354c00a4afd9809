package dev.epakit.analysis.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.analysis.agreement.CategoryOrder;
import dev.epakit.analysis.agreement.CohenKappa;
import dev.epakit.analysis.agreement.IntraclassCorrelation;
import dev.epakit.analysis.agreement.KrippendorffAlpha;
import dev.epakit.analysis.severity.FacetObservations;
import dev.epakit.analysis.severity.ManyFacetRasch;
import dev.epakit.analysis.variance.AssessorVarianceAnalysis;
import dev.epakit.analysis.variance.ResultColumns;
import dev.epakit.analysis.variance.VarianceAccumulator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The analysis is safe to share between threads: the same inputs, shared by 8 threads that each
 * run every analysis many times at once, give exactly the results of one sequential run (assessor
 * variance, Krippendorff's alpha, Cohen's kappa, the ICCs and many-facet Rasch measurement).
 */
class SharedUseTest {

  static final int ASSESSORS = 40;
  static final int STRATA = 6;

  /** Every analysis on the shared inputs, as one list of results to compare. */
  static final class Inputs {
    final ResultColumns columns;
    final double[][] ratings;
    final int[] first;
    final int[] second;
    final double[][] marks;
    final FacetObservations facets;

    Inputs(long seed) {
      SplittableRandom r = new SplittableRandom(seed);
      int n = 20_000;
      int[] assessor = new int[n];
      int[] stratum = new int[n];
      boolean[] pass = new boolean[n];
      for (int i = 0; i < n; i++) {
        assessor[i] = r.nextInt(ASSESSORS);
        stratum[i] = r.nextInt(STRATA);
        pass[i] = r.nextDouble() < 0.6 + 0.01 * (assessor[i] % 10);
      }
      columns = ResultColumns.of(assessor, stratum, pass);
      int units = 2_000;
      ratings = new double[units][];
      first = new int[units];
      second = new int[units];
      marks = new double[units][3];
      for (int u = 0; u < units; u++) {
        int truth = r.nextInt(4);
        ratings[u] = new double[2 + r.nextInt(3)];
        for (int k = 0; k < ratings[u].length; k++) {
          ratings[u][k] = r.nextDouble() < 0.05 ? Double.NaN : (r.nextDouble() < 0.8 ? truth : r.nextInt(4));
        }
        first[u] = truth;
        second[u] = r.nextDouble() < 0.8 ? truth : r.nextInt(4);
        for (int k = 0; k < 3; k++) {
          marks[u][k] = 50 + 5 * truth + 2 * k + 3 * r.nextGaussian();
        }
      }
      FacetObservations.Builder b = FacetObservations.builder(2);
      for (int c = 0; c < 300; c++) {
        double ability = r.nextGaussian();
        for (int k = 0; k < 8; k++) {
          int a = r.nextInt(10);
          double p = 1 / (1 + Math.exp(-(ability - 0.2 * (a - 5))));
          b.add(c, a, k % 2, r.nextDouble() < p ? 1 : 0);
        }
      }
      facets = b.build();
    }

    List<Object> analyse() {
      List<Object> out = new ArrayList<>();
      out.add(AssessorVarianceAnalysis.analyse(
          VarianceAccumulator.create(ASSESSORS, STRATA, 0).addAll(columns).result()));
      KrippendorffAlpha.Accumulator alpha = KrippendorffAlpha.accumulator(KrippendorffAlpha.Level.ORDINAL);
      for (double[] unit : ratings) {
        alpha.addUnit(unit);
      }
      out.add(alpha.result());
      out.add(CohenKappa.accumulator(CategoryOrder.of("Fail", "Pass", "Merit", "Distinction"))
          .addAll(first, second).result());
      IntraclassCorrelation.Accumulator icc = IntraclassCorrelation.accumulator(3);
      for (double[] m : marks) {
        icc.addUnit(m);
      }
      out.add(icc.results());
      out.add(ManyFacetRasch.estimate(facets));
      return out;
    }
  }

  @Test
  void eightThreadsGiveTheSequentialResults() throws Exception {
    Inputs shared = new Inputs(5);
    List<Object> sequential = shared.analyse();
    assertThat(sequential).hasSize(5).doesNotContainNull();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<List<List<Object>>>> tasks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        tasks.add(() -> {
          List<List<Object>> runs = new ArrayList<>();
          for (int i = 0; i < 5; i++) {
            runs.add(shared.analyse());
          }
          return runs;
        });
      }
      for (Future<List<List<Object>>> f : pool.invokeAll(tasks)) {
        for (List<Object> run : f.get()) {
          assertThat(run).isEqualTo(sequential);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
