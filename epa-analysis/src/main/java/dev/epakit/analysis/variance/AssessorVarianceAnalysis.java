package dev.epakit.analysis.variance;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Assessor variance: is an assessor grading too harshly or too generously, given the standards and
 * methods they assess? Puts together indirect standardisation for case mix, funnel limits and
 * overdispersion (Spiegelhalter 2005), multiple-testing control, empirical-Bayes shrinkage and
 * grade-distribution tests.
 *
 * <p>Steps, for counts from a {@link VarianceAccumulator}:
 *
 * <ol>
 *   <li>Pool rate {@code theta = passes / n}; per stratum pool rate {@code p_s}.
 *   <li>Per assessor: {@code E = sum_s n_s p_s}, expected rate {@code e = E / n}, observed rate
 *       {@code y}, {@code O / E} and {@code (O / E) theta} (see {@link AssessorVariance}).
 *   <li>An assessor with fewer than {@link VarianceOptions#minimumN()} results is {@link
 *       AssessorFlag#TOO_FEW}. One whose strata are uniform in the pool (every result a pass, or
 *       every one a fail, so its rate can only equal {@code e}) is {@link AssessorFlag#WITHIN}
 *       with {@link InsufficiencyReason#ALL_RESULTS_IDENTICAL}. The others are assessable.
 *   <li>z-scores of the assessable assessors against their own {@code e}; {@link Overdispersion}
 *       from them when there are at least ten, and the adjustment chosen in the options.
 *   <li>Control limits around {@code e} at each level, adjusted z-scores, two-sided p-values and
 *       q-values across the assessable assessors; the flag from the limits at the flag level or
 *       from the q-values ({@link FlagBasis}).
 *   <li>A {@link BetaBinomialPrior} from all assessors' raw pass rates and each assessor's {@link
 *       PosteriorRate}.
 *   <li>When grades are counted, a {@link GradeComparison} for each assessor with at least
 *       the minimum n, and q-values of its p-values across the assessors tested.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class AssessorVarianceAnalysis {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private AssessorVarianceAnalysis() {}

  /**
   * Analyses counts under the default options.
   *
   * @param counts the counts; not null
   * @return the report, never {@code null}
   */
  public static VarianceReport analyse(VarianceCounts counts) {
    return analyse(counts, VarianceOptions.defaults());
  }

  /**
   * Analyses counts.
   *
   * @param counts the counts; not null
   * @param options the options; not null
   * @return the report, never {@code null}
   */
  public static VarianceReport analyse(VarianceCounts counts, VarianceOptions options) {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(options, "options");
    int assessors = counts.assessorCount();
    int strata = counts.stratumCount();
    long total = counts.total();
    long totalPasses = counts.totalPasses();
    OptionalDouble poolRate =
        total > 0 ? OptionalDouble.of((double) totalPasses / total) : OptionalDouble.empty();
    double theta = poolRate.orElse(0);

    double[] stratumRate = new double[strata];
    for (int s = 0; s < strata; s++) {
      long ns = counts.stratumN(s);
      stratumRate[s] = ns > 0 ? (double) counts.stratumPasses(s) / ns : 0;
    }

    long[] n = new long[assessors];
    long[] passes = new long[assessors];
    double[] expected = new double[assessors];
    Insufficiency[] notAssessable = new Insufficiency[assessors];
    List<Integer> assessable = new ArrayList<>();
    for (int a = 0; a < assessors; a++) {
      n[a] = counts.assessorN(a);
      passes[a] = counts.assessorPasses(a);
      double e = 0;
      double variance = 0;
      for (int s = 0; s < strata; s++) {
        long nas = counts.n(a, s);
        e += nas * stratumRate[s];
        variance += nas * stratumRate[s] * (1 - stratumRate[s]);
      }
      expected[a] = Math.min(n[a], e);
      if (n[a] < options.minimumN()) {
        notAssessable[a] =
            n[a] == 0
                ? Insufficiency.of(InsufficiencyReason.NO_RESULTS, 0, "the assessor has no result")
                : Insufficiency.of(
                    InsufficiencyReason.BELOW_MINIMUM_N,
                    n[a],
                    "the assessor has " + n[a] + " results, fewer than the minimum of "
                        + options.minimumN());
      } else if (variance == 0) {
        notAssessable[a] =
            Insufficiency.of(
                InsufficiencyReason.ALL_RESULTS_IDENTICAL,
                n[a],
                "in each of this assessor's strata every result in the pool is the same (all"
                    + " passes or all fails): the pass rate cannot differ from expected");
      } else {
        assessable.add(a);
      }
    }

    FunnelMethod method = options.funnelMethod();
    int count = assessable.size();
    double[] z = new double[count];
    double[] se = new double[count];
    for (int i = 0; i < count; i++) {
      int a = assessable.get(i);
      double e = expected[a] / n[a];
      se[i] = FunnelLimits.standardError(method, e, n[a]);
      z[i] = FunnelLimits.zScore(method, e, n[a], (double) passes[a] / n[a], LimitAdjustment.none());
    }
    Either<Insufficiency, Overdispersion> overdispersion = Overdispersion.estimate(z, se);
    LimitAdjustment adjustment =
        overdispersion.map(o -> o.adjustment(options.overdispersion())).getOrElse(LimitAdjustment.none());

    double[] adjustedZ = new double[count];
    double[] p = new double[count];
    for (int i = 0; i < count; i++) {
      int a = assessable.get(i);
      double e = expected[a] / n[a];
      adjustedZ[i] = FunnelLimits.zScore(method, e, n[a], (double) passes[a] / n[a], adjustment);
      p[i] = Math.min(1, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(adjustedZ[i])));
    }
    double[] q = options.pValueAdjustment().adjust(p);

    @SuppressWarnings({"unchecked", "rawtypes"})
    Either<Insufficiency, FunnelAssessment>[] funnels = new Either[assessors];
    AssessorFlag[] flags = new AssessorFlag[assessors];
    for (int a = 0; a < assessors; a++) {
      if (notAssessable[a] != null) {
        funnels[a] = Either.left(notAssessable[a]);
        flags[a] =
            notAssessable[a].reason() == InsufficiencyReason.ALL_RESULTS_IDENTICAL
                ? AssessorFlag.WITHIN
                : AssessorFlag.TOO_FEW;
      }
    }
    for (int i = 0; i < count; i++) {
      int a = assessable.get(i);
      double e = expected[a] / n[a];
      List<ControlLimits> limits = new ArrayList<>();
      for (double level : options.levels()) {
        limits.add(FunnelLimits.of(method, e, n[a], level, adjustment));
      }
      FunnelAssessment funnel =
          new FunnelAssessment(e, se[i], z[i], adjustedZ[i], p[i], q[i], adjustment, limits);
      funnels[a] = Either.right(funnel);
      flags[a] = flag(funnel, (double) passes[a] / n[a], options);
    }

    Either<Insufficiency, BetaBinomialPrior> prior = BetaBinomialPrior.estimate(n, passes);

    Either<Insufficiency, GradeComparison>[] gradeTests = gradeTests(counts, n, options);
    List<Integer> tested = new ArrayList<>();
    for (int a = 0; a < assessors; a++) {
      if (gradeTests[a].isRight()) {
        tested.add(a);
      }
    }
    double[] gradeP = new double[tested.size()];
    for (int i = 0; i < gradeP.length; i++) {
      gradeP[i] = gradeTests[tested.get(i)].get().pValue();
    }
    double[] gradeQ = options.pValueAdjustment().adjust(gradeP);
    OptionalDouble[] gradeQValue = new OptionalDouble[assessors];
    Arrays.fill(gradeQValue, OptionalDouble.empty());
    for (int i = 0; i < gradeQ.length; i++) {
      gradeQValue[tested.get(i)] = OptionalDouble.of(gradeQ[i]);
    }

    List<AssessorVariance> lines = new ArrayList<>(assessors);
    for (int a = 0; a < assessors; a++) {
      long na = n[a];
      double ea = expected[a];
      long pa = passes[a];
      Either<Insufficiency, PosteriorRate> shrinkage =
          prior.map(b -> b.posterior(na, pa, options.credibleLevel()));
      lines.add(
          new AssessorVariance(
              a,
              na,
              pa,
              na > 0 ? OptionalDouble.of((double) pa / na) : OptionalDouble.empty(),
              ea,
              na > 0 ? OptionalDouble.of(ea / na) : OptionalDouble.empty(),
              ea > 0 ? OptionalDouble.of(pa / ea) : OptionalDouble.empty(),
              ea > 0 ? OptionalDouble.of(pa / ea * theta) : OptionalDouble.empty(),
              flags[a],
              funnels[a],
              shrinkage,
              gradeTests[a],
              gradeQValue[a]));
    }
    return new VarianceReport(
        options, total, totalPasses, poolRate, count, overdispersion, adjustment, prior, lines);
  }

  private static AssessorFlag flag(FunnelAssessment funnel, double rate, VarianceOptions options) {
    if (options.flagBasis() == FlagBasis.ADJUSTED_P_VALUE) {
      if (funnel.qValue() <= 1 - options.flagLevel()) {
        return funnel.adjustedZScore() > 0 ? AssessorFlag.GENEROUS : AssessorFlag.HARSH;
      }
      return AssessorFlag.WITHIN;
    }
    ControlLimits limits = funnel.limitsAt(options.flagLevel());
    if (limits.isAbove(rate)) {
      return AssessorFlag.GENEROUS;
    }
    return limits.isBelow(rate) ? AssessorFlag.HARSH : AssessorFlag.WITHIN;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Either<Insufficiency, GradeComparison>[] gradeTests(
      VarianceCounts counts, long[] n, VarianceOptions options) {
    int assessors = counts.assessorCount();
    Either[] tests = new Either[assessors];
    long[] pool = counts.poolGrades();
    for (int a = 0; a < assessors; a++) {
      if (counts.gradeCount() == 0) {
        tests[a] =
            Either.left(
                Insufficiency.of(InsufficiencyReason.NO_GRADES, n[a], "no grades are counted"));
      } else if (n[a] < options.minimumN()) {
        tests[a] =
            Either.left(
                Insufficiency.of(
                    InsufficiencyReason.BELOW_MINIMUM_N,
                    n[a],
                    "the assessor has " + n[a] + " results, fewer than the minimum of "
                        + options.minimumN()));
      } else {
        long[] own = counts.assessorGrades(a);
        long[] rest = new long[own.length];
        for (int g = 0; g < own.length; g++) {
          rest[g] = pool[g] - own[g];
        }
        tests[a] =
            GradeComparison.of(
                own, rest, options.monteCarloSeed(), options.monteCarloReplicates());
      }
    }
    return tests;
  }
}
