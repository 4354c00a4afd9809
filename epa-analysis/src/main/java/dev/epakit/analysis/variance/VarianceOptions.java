package dev.epakit.analysis.variance;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The choices of an assessor-variance analysis. Start from {@link #defaults()} and change what is
 * needed with the {@code with...} methods.
 *
 * <p>Defaults, and why:
 *
 * <ul>
 *   <li>funnel method {@link FunnelMethod#EXACT_BINOMIAL}: assessors often have few results, where
 *       the normal approximation is poor;
 *   <li>levels 0.95 and 0.998: Spiegelhalter's "alert" (about 2 standard deviations) and "alarm"
 *       (about 3) limits;
 *   <li>flag level 0.998: with dozens of assessors, flagging at 0.95 would mark about one in twenty
 *       fair assessors; a flag should be worth a conversation;
 *   <li>overdispersion {@link OverdispersionAdjustment#ADDITIVE}, which Spiegelhalter (2005) finds
 *       better founded than the multiplicative adjustment; applied only with at least ten
 *       assessable assessors;
 *   <li>minimum n 20: below about 20 results an assessor's pass rate has a standard error of 10
 *       percentage points or more, so a pass rate says little; such assessors are {@link
 *       AssessorFlag#TOO_FEW};
 *   <li>flag basis {@link FlagBasis#CONTROL_LIMITS}, adjustment {@link
 *       PValueAdjustment#BENJAMINI_HOCHBERG} for the reported q-values;
 *   <li>credible level 0.95 for shrunken pass rates;
 *   <li>no Monte Carlo seed: grade tests with more than two grades and small expected counts say
 *       {@link ExactTestMethod#NOT_COMPUTED} unless a seed is given; 2000 replicates, as R.
 * </ul>
 *
 * <p>Immutable and thread-safe; no component is ever {@code null}.
 *
 * @param funnelMethod how control limits and z-scores are computed
 * @param levels the two-sided levels of the reported limits, ascending, distinct, each in (0, 1)
 * @param flagLevel the level that decides flags; one of {@code levels}
 * @param overdispersion how limits are widened for overdispersion
 * @param minimumN the least number of results for an assessor to be judged, at least 1
 * @param flagBasis what decides a flag
 * @param pValueAdjustment the multiple-testing adjustment of q-values
 * @param credibleLevel the level of the posterior credible intervals, in (0, 1)
 * @param monteCarloSeed the seed of Monte Carlo exact grade tests, or empty to skip them
 * @param monteCarloReplicates the number of simulated tables, at least 1
 */
public record VarianceOptions(
    FunnelMethod funnelMethod,
    List<Double> levels,
    double flagLevel,
    OverdispersionAdjustment overdispersion,
    long minimumN,
    FlagBasis flagBasis,
    PValueAdjustment pValueAdjustment,
    double credibleLevel,
    OptionalLong monteCarloSeed,
    int monteCarloReplicates) {

  /** The default minimum number of results for an assessor to be judged. */
  public static final long DEFAULT_MINIMUM_N = 20;

  private static final VarianceOptions DEFAULTS =
      new VarianceOptions(
          FunnelMethod.EXACT_BINOMIAL,
          List.of(0.95, 0.998),
          0.998,
          OverdispersionAdjustment.ADDITIVE,
          DEFAULT_MINIMUM_N,
          FlagBasis.CONTROL_LIMITS,
          PValueAdjustment.BENJAMINI_HOCHBERG,
          0.95,
          OptionalLong.empty(),
          2000);

  /** Checks the components. */
  public VarianceOptions {
    Objects.requireNonNull(funnelMethod, "funnelMethod");
    levels = List.copyOf(levels);
    Objects.requireNonNull(overdispersion, "overdispersion");
    Objects.requireNonNull(flagBasis, "flagBasis");
    Objects.requireNonNull(pValueAdjustment, "pValueAdjustment");
    Objects.requireNonNull(monteCarloSeed, "monteCarloSeed");
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("at least one level is needed");
    }
    double previous = 0;
    for (double level : levels) {
      if (!(level > 0 && level < 1)) {
        throw new IllegalArgumentException("levels must be in (0, 1): " + level);
      }
      if (!(level > previous)) {
        throw new IllegalArgumentException("levels must be ascending and distinct: " + levels);
      }
      previous = level;
    }
    if (!levels.contains(flagLevel)) {
      throw new IllegalArgumentException(
          "flag level " + flagLevel + " must be one of the levels " + levels);
    }
    if (minimumN < 1) {
      throw new IllegalArgumentException("minimum n must be at least 1: " + minimumN);
    }
    if (!(credibleLevel > 0 && credibleLevel < 1)) {
      throw new IllegalArgumentException("credible level must be in (0, 1): " + credibleLevel);
    }
    if (monteCarloReplicates < 1) {
      throw new IllegalArgumentException("need at least one Monte Carlo replicate");
    }
  }

  /**
   * Returns the default options.
   *
   * @return the defaults, never {@code null}
   */
  public static VarianceOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another funnel method.
   *
   * @param method the method; not null
   * @return the new options, never {@code null}
   */
  public VarianceOptions withFunnelMethod(FunnelMethod method) {
    return new VarianceOptions(method, levels, flagLevel, overdispersion, minimumN, flagBasis,
        pValueAdjustment, credibleLevel, monteCarloSeed, monteCarloReplicates);
  }

  /**
   * Returns a copy with other levels and flag level.
   *
   * @param levels ascending distinct levels in (0, 1); not null
   * @param flagLevel one of {@code levels}
   * @return the new options, never {@code null}
   * @throws IllegalArgumentException if the levels are invalid
   */
  public VarianceOptions withLevels(List<Double> levels, double flagLevel) {
    return new VarianceOptions(funnelMethod, levels, flagLevel, overdispersion, minimumN, flagBasis,
        pValueAdjustment, credibleLevel, monteCarloSeed, monteCarloReplicates);
  }

  /**
   * Returns a copy with another overdispersion adjustment.
   *
   * @param adjustment the adjustment; not null
   * @return the new options, never {@code null}
   */
  public VarianceOptions withOverdispersion(OverdispersionAdjustment adjustment) {
    return new VarianceOptions(funnelMethod, levels, flagLevel, adjustment, minimumN, flagBasis,
        pValueAdjustment, credibleLevel, monteCarloSeed, monteCarloReplicates);
  }

  /**
   * Returns a copy with another minimum n.
   *
   * @param minimumN at least 1
   * @return the new options, never {@code null}
   * @throws IllegalArgumentException if below 1
   */
  public VarianceOptions withMinimumN(long minimumN) {
    return new VarianceOptions(funnelMethod, levels, flagLevel, overdispersion, minimumN, flagBasis,
        pValueAdjustment, credibleLevel, monteCarloSeed, monteCarloReplicates);
  }

  /**
   * Returns a copy with another flag basis.
   *
   * @param basis the basis; not null
   * @return the new options, never {@code null}
   */
  public VarianceOptions withFlagBasis(FlagBasis basis) {
    return new VarianceOptions(funnelMethod, levels, flagLevel, overdispersion, minimumN, basis,
        pValueAdjustment, credibleLevel, monteCarloSeed, monteCarloReplicates);
  }

  /**
   * Returns a copy with another multiple-testing adjustment, such as {@link PValueAdjustment#HOLM}.
   *
   * @param adjustment the adjustment; not null
   * @return the new options, never {@code null}
   */
  public VarianceOptions withPValueAdjustment(PValueAdjustment adjustment) {
    return new VarianceOptions(funnelMethod, levels, flagLevel, overdispersion, minimumN, flagBasis,
        adjustment, credibleLevel, monteCarloSeed, monteCarloReplicates);
  }

  /**
   * Returns a copy with another credible level.
   *
   * @param level in (0, 1)
   * @return the new options, never {@code null}
   * @throws IllegalArgumentException if out of range
   */
  public VarianceOptions withCredibleLevel(double level) {
    return new VarianceOptions(funnelMethod, levels, flagLevel, overdispersion, minimumN, flagBasis,
        pValueAdjustment, level, monteCarloSeed, monteCarloReplicates);
  }

  /**
   * Returns a copy that runs Monte Carlo exact grade tests.
   *
   * @param seed the seed, so that results can be reproduced
   * @param replicates the number of simulated tables, at least 1
   * @return the new options, never {@code null}
   * @throws IllegalArgumentException if replicates is below 1
   */
  public VarianceOptions withMonteCarlo(long seed, int replicates) {
    return new VarianceOptions(funnelMethod, levels, flagLevel, overdispersion, minimumN, flagBasis,
        pValueAdjustment, credibleLevel, OptionalLong.of(seed), replicates);
  }
}
