package dev.epakit.analysis.variance;

import java.util.List;
import java.util.Objects;

/**
 * Where one assessor stands on the funnel: the expected pass rate given the assessor's case mix,
 * z-scores, p- and q-values, and control limits around the expected rate at each level.
 *
 * <p>Limits surround the assessor's own expected rate {@code e = E / n}, so that an assessor who
 * mostly assesses a hard standard is compared with what the pool achieves on that standard. The
 * count of passes is modelled as Binomial(n, e); its variance {@code n e (1 - e)} is at least the
 * exact variance {@code sum_s n_s p_s (1 - p_s)} of passes over strata with pool rates {@code p_s},
 * so the limits are slightly conservative under case mix and exact without it.
 *
 * <p>The p-value is two-sided, {@code 2 P(Z > |z|)} for the adjusted z-score, whatever the funnel
 * method; with the exact method the flag may differ slightly from the p-value because the limits
 * are exact and the p-value is not.
 *
 * <p>Immutable and thread-safe; no component is ever {@code null}.
 *
 * @param expectedRate the expected pass rate {@code e} given case mix, in (0, 1)
 * @param standardError the unadjusted standard error on the method's z-score scale, positive
 * @param zScore the unadjusted z-score
 * @param adjustedZScore the z-score after the overdispersion adjustment
 * @param pValue two-sided p-value of the adjusted z-score, in [0, 1]
 * @param qValue the p-value adjusted across assessors, in [0, 1]
 * @param adjustment the overdispersion adjustment applied
 * @param limits the control limits at each of the options' levels, ascending by level
 */
public record FunnelAssessment(
    double expectedRate,
    double standardError,
    double zScore,
    double adjustedZScore,
    double pValue,
    double qValue,
    LimitAdjustment adjustment,
    List<ControlLimits> limits) {

  /** Checks the components. */
  public FunnelAssessment {
    Objects.requireNonNull(adjustment, "adjustment");
    limits = List.copyOf(limits);
    if (!(expectedRate > 0 && expectedRate < 1) || !(standardError > 0)) {
      throw new IllegalArgumentException("expected rate in (0, 1) and positive standard error");
    }
    if (!Double.isFinite(zScore) || !Double.isFinite(adjustedZScore)) {
      throw new IllegalArgumentException("z-scores must be finite");
    }
    if (!(pValue >= 0 && pValue <= 1) || !(qValue >= 0 && qValue <= 1)) {
      throw new IllegalArgumentException("p- and q-values must be in [0, 1]");
    }
  }

  /**
   * Returns the limits at a level.
   *
   * @param level one of the levels the analysis used
   * @return the limits, never {@code null}
   * @throws IllegalArgumentException if no limits were computed at that level
   */
  public ControlLimits limitsAt(double level) {
    return limits.stream()
        .filter(l -> l.level() == level)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no limits at level " + level));
  }
}
