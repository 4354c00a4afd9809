package dev.epakit.analysis.materials;

import dev.epakit.analysis.variance.GradeComparison;
import dev.epakit.analysis.variance.Insufficiency;
import dev.epakit.analysis.variance.InsufficiencyReason;
import dev.epakit.analysis.variance.PValueAdjustment;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Whether assessment materials function as intended, per method: the GOV.UK guidance for
 * end-point assessment organisations asks them to analyse results for "materials that work as
 * intended" and for consistency of delivery.
 *
 * <p>Per method this gives its {@link MethodFunctioning}: facility and discrimination, Cronbach's
 * alpha over scored tasks, each task's {@link TaskFunctioning}, the {@link PassRateTrend} over
 * periods, and a {@link SiteConsistency} per delivery site with Benjamini-Hochberg control across
 * the method's sites. A candidate with several results on one method or task (resits, double
 * marking) contributes the mean of them to correlations and alpha.
 *
 * <p>Thread-safe: holds no state.
 */
public final class MaterialsAnalysis {

  /** Monte Carlo replicates for a site test with small expected counts and more than two grades. */
  public static final int MONTE_CARLO_REPLICATES = 2000;

  private MaterialsAnalysis() {}

  /**
   * Analyses every method in the data.
   *
   * @param data the results, not null
   * @param monteCarloSeed seed for Monte Carlo site tests, or empty to skip them (see {@link
   *     GradeComparison}); not null
   * @return one entry per method that has results, by method index; unmodifiable, never {@code
   *     null}
   */
  public static List<MethodFunctioning> analyse(MaterialColumns data, OptionalLong monteCarloSeed) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(monteCarloSeed, "monteCarloSeed");
    int methods = 0;
    int grades = 0;
    int periods = 0;
    int sites = 0;
    for (int r = 0; r < data.size(); r++) {
      methods = Math.max(methods, data.method(r) + 1);
      grades = Math.max(grades, data.grade(r) + 1);
      periods = Math.max(periods, data.period(r) + 1);
      sites = Math.max(sites, data.site(r) + 1);
    }
    double[][][] perCandidate = candidateMeans(data, methods);
    List<MethodFunctioning> result = new ArrayList<>();
    for (int m = 0; m < methods; m++) {
      long n = 0;
      long passes = 0;
      long[] periodPasses = new long[Math.max(periods, 0)];
      long[] periodTotals = new long[Math.max(periods, 0)];
      long[][] siteGrades = new long[sites][grades];
      long[] siteN = new long[sites];
      long[] sitePasses = new long[sites];
      for (int r = 0; r < data.size(); r++) {
        if (data.method(r) != m) {
          continue;
        }
        n++;
        passes += data.pass(r) ? 1 : 0;
        if (data.period(r) != MaterialColumns.NONE) {
          periodTotals[data.period(r)]++;
          periodPasses[data.period(r)] += data.pass(r) ? 1 : 0;
        }
        if (data.site(r) != MaterialColumns.NONE) {
          siteGrades[data.site(r)][data.grade(r)]++;
          siteN[data.site(r)]++;
          sitePasses[data.site(r)] += data.pass(r) ? 1 : 0;
        }
      }
      if (n == 0) {
        continue;
      }
      result.add(new MethodFunctioning(m, n, (double) passes / n,
          methodDiscrimination(perCandidate, m), taskAlpha(data, m), tasks(data, m),
          PassRateTrend.of(periodPasses, periodTotals),
          sites(siteGrades, siteN, sitePasses, monteCarloSeed)));
    }
    return List.copyOf(result);
  }

  // [candidate][method] = {sum of grade indexes, count}; null rows for absent candidates.
  private static double[][][] candidateMeans(MaterialColumns data, int methods) {
    int candidates = 0;
    for (int r = 0; r < data.size(); r++) {
      candidates = Math.max(candidates, data.candidate(r) + 1);
    }
    double[][][] values = new double[candidates][][];
    for (int r = 0; r < data.size(); r++) {
      int c = data.candidate(r);
      if (c == MaterialColumns.NONE) {
        continue;
      }
      if (values[c] == null) {
        values[c] = new double[methods][2];
      }
      values[c][data.method(r)][0] += data.grade(r);
      values[c][data.method(r)][1]++;
    }
    return values;
  }

  private static Either<Insufficiency, Double> methodDiscrimination(
      double[][][] perCandidate, int method) {
    List<double[]> pairs = new ArrayList<>();
    for (double[][] candidate : perCandidate) {
      if (candidate == null || candidate[method][1] == 0) {
        continue;
      }
      double rest = 0;
      boolean other = false;
      for (int m = 0; m < candidate.length; m++) {
        if (m != method && candidate[m][1] > 0) {
          rest += candidate[m][0] / candidate[m][1];
          other = true;
        }
      }
      if (other) {
        pairs.add(new double[] {candidate[method][0] / candidate[method][1], rest});
      }
    }
    return correlation(pairs, "no candidate has results on this and another method");
  }

  // task -> candidate -> (sum, count) of the task value: score, else grade index
  private static TreeMap<Integer, Map<Integer, double[]>> taskValues(MaterialColumns data,
      int method) {
    TreeMap<Integer, Map<Integer, double[]>> values = new TreeMap<>();
    for (int r = 0; r < data.size(); r++) {
      if (data.method(r) != method || data.task(r) == MaterialColumns.NONE
          || data.candidate(r) == MaterialColumns.NONE) {
        continue;
      }
      double v = Double.isNaN(data.score(r)) ? data.grade(r) : data.score(r);
      double[] cell = values.computeIfAbsent(data.task(r), t -> new HashMap<>())
          .computeIfAbsent(data.candidate(r), c -> new double[2]);
      cell[0] += v;
      cell[1]++;
    }
    return values;
  }

  // Candidates who took every task of the method: rows of task means, columns in task order.
  private static double[][] complete(TreeMap<Integer, Map<Integer, double[]>> values) {
    if (values.isEmpty()) {
      return new double[0][0];
    }
    List<Integer> tasks = new ArrayList<>(values.keySet());
    List<double[]> rows = new ArrayList<>();
    for (Integer candidate : new java.util.TreeSet<>(values.get(tasks.get(0)).keySet())) {
      double[] row = new double[tasks.size()];
      boolean all = true;
      for (int t = 0; t < tasks.size() && all; t++) {
        double[] cell = values.get(tasks.get(t)).get(candidate);
        if (cell == null) {
          all = false;
        } else {
          row[t] = cell[0] / cell[1];
        }
      }
      if (all) {
        rows.add(row);
      }
    }
    return rows.toArray(new double[0][]);
  }

  private static Either<Insufficiency, Double> taskAlpha(MaterialColumns data, int method) {
    boolean scored = false;
    for (int r = 0; r < data.size(); r++) {
      if (data.method(r) == method && data.task(r) != MaterialColumns.NONE
          && !Double.isNaN(data.score(r))) {
        scored = true;
        break;
      }
    }
    if (!scored) {
      return Either.left(Insufficiency.of(InsufficiencyReason.TOO_FEW_ITEMS, 0,
          "the method has no scored tasks"));
    }
    return CronbachAlpha.of(complete(taskValues(data, method)));
  }

  private static List<TaskFunctioning> tasks(MaterialColumns data, int method) {
    TreeMap<Integer, long[]> counts = new TreeMap<>(); // n, passes, scored
    TreeMap<Integer, Double> scoreSums = new TreeMap<>();
    for (int r = 0; r < data.size(); r++) {
      if (data.method(r) != method || data.task(r) == MaterialColumns.NONE) {
        continue;
      }
      long[] c = counts.computeIfAbsent(data.task(r), t -> new long[3]);
      c[0]++;
      c[1] += data.pass(r) ? 1 : 0;
      if (!Double.isNaN(data.score(r))) {
        c[2]++;
        scoreSums.merge(data.task(r), data.score(r), Double::sum);
      }
    }
    TreeMap<Integer, Map<Integer, double[]>> values = taskValues(data, method);
    double[][] complete = complete(values);
    List<Integer> order = new ArrayList<>(values.keySet());
    List<TaskFunctioning> tasks = new ArrayList<>();
    for (Map.Entry<Integer, long[]> e : counts.entrySet()) {
      long[] c = e.getValue();
      int column = order.indexOf(e.getKey());
      Either<Insufficiency, Double> discrimination;
      if (order.size() < 2 || column < 0) {
        discrimination = Either.left(Insufficiency.of(InsufficiencyReason.TOO_FEW_ITEMS,
            c[0], "the method has fewer than two tasks taken by identified candidates"));
      } else {
        List<double[]> pairs = new ArrayList<>();
        for (double[] row : complete) {
          double rest = 0;
          for (int t = 0; t < row.length; t++) {
            rest += t == column ? 0 : row[t];
          }
          pairs.add(new double[] {row[column], rest});
        }
        discrimination = correlation(pairs, "no candidate took every task of the method");
      }
      tasks.add(new TaskFunctioning(e.getKey(), c[0], (double) c[1] / c[0],
          c[2] == 0 ? OptionalDouble.empty() : OptionalDouble.of(scoreSums.get(e.getKey()) / c[2]),
          discrimination));
    }
    return tasks;
  }

  private static List<SiteConsistency> sites(
      long[][] siteGrades, long[] siteN, long[] sitePasses, OptionalLong seed) {
    int used = 0;
    for (long n : siteN) {
      used += n > 0 ? 1 : 0;
    }
    if (used < 2) {
      return List.of();
    }
    int grades = siteGrades.length == 0 ? 0 : siteGrades[0].length;
    long[] total = new long[grades];
    for (long[] site : siteGrades) {
      for (int g = 0; g < grades; g++) {
        total[g] += site[g];
      }
    }
    List<Integer> indexes = new ArrayList<>();
    List<Either<Insufficiency, GradeComparison>> tests = new ArrayList<>();
    List<Double> pValues = new ArrayList<>();
    for (int s = 0; s < siteN.length; s++) {
      if (siteN[s] == 0) {
        continue;
      }
      long[] rest = new long[grades];
      for (int g = 0; g < grades; g++) {
        rest[g] = total[g] - siteGrades[s][g];
      }
      Either<Insufficiency, GradeComparison> test =
          GradeComparison.of(siteGrades[s], rest, seed, MONTE_CARLO_REPLICATES);
      indexes.add(s);
      tests.add(test);
      if (test.isRight()) {
        pValues.add(test.get().pValue());
      }
    }
    double[] q = PValueAdjustment.BENJAMINI_HOCHBERG.adjust(
        pValues.stream().mapToDouble(Double::doubleValue).toArray());
    List<SiteConsistency> result = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < indexes.size(); i++) {
      int s = indexes.get(i);
      Either<Insufficiency, GradeComparison> test = tests.get(i);
      result.add(new SiteConsistency(s, siteN[s], (double) sitePasses[s] / siteN[s], test,
          test.isRight() ? OptionalDouble.of(q[next++]) : OptionalDouble.empty()));
    }
    return result;
  }

  /** Pearson correlation of pairs, or why there is none. */
  static Either<Insufficiency, Double> correlation(List<double[]> pairs, String whenNone) {
    int n = pairs.size();
    if (n == 0) {
      return Either.left(Insufficiency.of(InsufficiencyReason.TOO_FEW_ITEMS, 0, whenNone));
    }
    if (n < 3) {
      return Either.left(Insufficiency.of(InsufficiencyReason.TOO_FEW_ITEMS, n,
          n + " candidate(s) with the values needed; a correlation needs at least 3"));
    }
    double mx = 0;
    double my = 0;
    for (double[] p : pairs) {
      mx += p[0] / n;
      my += p[1] / n;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (double[] p : pairs) {
      sxy += (p[0] - mx) * (p[1] - my);
      sxx += (p[0] - mx) * (p[0] - mx);
      syy += (p[1] - my) * (p[1] - my);
    }
    if (!(sxx > 0) || !(syy > 0)) {
      return Either.left(Insufficiency.of(InsufficiencyReason.ALL_RESULTS_IDENTICAL, n,
          "the " + (sxx > 0 ? "rest-of-test total" : "item") + " never varies"));
    }
    return Either.right(Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))));
  }
}
