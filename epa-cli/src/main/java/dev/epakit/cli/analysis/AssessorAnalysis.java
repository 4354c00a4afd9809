package dev.epakit.cli.analysis;

import dev.epakit.analysis.variance.AssessorVarianceAnalysis;
import dev.epakit.analysis.variance.ControlLimits;
import dev.epakit.analysis.variance.FunnelLimits;
import dev.epakit.analysis.variance.VarianceAccumulator;
import dev.epakit.analysis.variance.VarianceCounts;
import dev.epakit.analysis.variance.VarianceOptions;
import dev.epakit.analysis.variance.VarianceReport;
import dev.epakit.io.ratings.Results;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An assessor-variance analysis of a results file: the results, the strata (standard by method)
 * built from them, the counts and the library's report, and what the report pages need besides.
 * Immutable once built.
 */
final class AssessorAnalysis {

  final Results results;
  final VarianceOptions options;
  final List<String> strata;
  final VarianceCounts counts;
  final VarianceReport report;

  private AssessorAnalysis(Results results, VarianceOptions options, List<String> strata,
      VarianceCounts counts, VarianceReport report) {
    this.results = results;
    this.options = options;
    this.strata = List.copyOf(strata);
    this.counts = counts;
    this.report = report;
  }

  static AssessorAnalysis run(Results results, VarianceOptions options) {
    int methods = results.methods().size();
    int[] stratumOf = new int[results.standards().size() * methods];
    Arrays.fill(stratumOf, -1);
    List<String> strata = new ArrayList<>();
    int[] rowStratum = new int[results.size()];
    for (int row = 0; row < results.size(); row++) {
      int key = results.standard(row) * methods + results.method(row);
      int s = stratumOf[key];
      if (s < 0) {
        s = strata.size();
        stratumOf[key] = s;
        strata.add(stratumName(results.standards().get(results.standard(row)),
            results.methods().get(results.method(row))));
      }
      rowStratum[row] = s;
    }
    VarianceAccumulator acc = VarianceAccumulator.create(
        results.assessors().size(), Math.max(1, strata.size()), results.grades().size());
    for (int row = 0; row < results.size(); row++) {
      acc.add(results.assessor(row), rowStratum[row], results.isPass(row), results.grade(row));
    }
    VarianceCounts counts = acc.result();
    return new AssessorAnalysis(results, options, strata, counts,
        AssessorVarianceAnalysis.analyse(counts, options));
  }

  private static String stratumName(String standard, String method) {
    if (standard.isEmpty() && method.isEmpty()) {
      return "all results";
    }
    if (method.isEmpty()) {
      return standard;
    }
    return standard.isEmpty() ? method : standard + " / " + method;
  }

  /** The assessors' entries sorted by identifier, for people and stable output. */
  List<dev.epakit.analysis.variance.AssessorVariance> byName() {
    List<dev.epakit.analysis.variance.AssessorVariance> sorted = new ArrayList<>(report.assessors());
    sorted.sort(java.util.Comparator.comparing(v -> assessorName(v.assessor())));
    return sorted;
  }

  String assessorName(int index) {
    return results.assessors().get(index);
  }

  /** Whether a case-mix adjustment was made: more than one stratum. */
  boolean caseMix() {
    return strata.size() > 1;
  }

  /**
   * The funnel around the pool rate at one level, at about {@code points} values of n spread
   * evenly on a log scale from 1 to {@code maxN}, for drawing; empty when the pool rate is 0 or 1.
   */
  List<ControlLimits> curve(double level, long maxN, int points) {
    double theta = report.poolRate().orElse(0);
    if (!(theta > 0 && theta < 1) || maxN < 1) {
      return List.of();
    }
    List<Long> ns = new ArrayList<>();
    long previous = 0;
    for (int i = 0; i <= points; i++) {
      long n = Math.max(1, Math.round(Math.exp(Math.log(maxN) * i / points)));
      if (n > previous) {
        ns.add(n);
        previous = n;
      }
    }
    List<ControlLimits> out = new ArrayList<>();
    for (long n : ns) {
      out.add(FunnelLimits.of(options.funnelMethod(), theta, n, level, report.adjustment()));
    }
    return out;
  }
}
