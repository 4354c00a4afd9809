package dev.epakit.analysis.variance;

import java.util.Objects;

/**
 * The widening applied to funnel limits and z-scores for overdispersion: none, multiplicative by
 * phi, or additive by tau-squared.
 *
 * <p>A multiplicative adjustment with {@code phi <= 1} and an additive one with {@code tau2 == 0}
 * change nothing. Immutable and thread-safe.
 *
 * @param kind the kind of adjustment; not null
 * @param phi the dispersion ratio used by {@link OverdispersionAdjustment#MULTIPLICATIVE}; one
 *     otherwise
 * @param tau2 the between-assessor variance used by {@link OverdispersionAdjustment#ADDITIVE}, on
 *     the z-score scale of the funnel method; zero otherwise
 */
public record LimitAdjustment(OverdispersionAdjustment kind, double phi, double tau2) {

  private static final LimitAdjustment NONE = new LimitAdjustment(OverdispersionAdjustment.NONE, 1, 0);

  /** Checks the components. */
  public LimitAdjustment {
    Objects.requireNonNull(kind, "kind");
    if (!(phi > 0) || Double.isInfinite(phi)) {
      throw new IllegalArgumentException("phi must be positive and finite: " + phi);
    }
    if (!(tau2 >= 0) || Double.isInfinite(tau2)) {
      throw new IllegalArgumentException("tau2 must be zero or positive and finite: " + tau2);
    }
    if (kind != OverdispersionAdjustment.MULTIPLICATIVE && phi != 1) {
      throw new IllegalArgumentException("phi is used only by a multiplicative adjustment");
    }
    if (kind != OverdispersionAdjustment.ADDITIVE && tau2 != 0) {
      throw new IllegalArgumentException("tau2 is used only by an additive adjustment");
    }
  }

  /**
   * No adjustment.
   *
   * @return the adjustment that changes nothing, never {@code null}
   */
  public static LimitAdjustment none() {
    return NONE;
  }

  /**
   * Multiplicative adjustment: standard errors are multiplied by {@code sqrt(phi)} when {@code phi
   * > 1}, and left alone otherwise.
   *
   * @param phi the dispersion ratio, positive and finite
   * @return the adjustment, never {@code null}
   * @throws IllegalArgumentException if phi is not positive and finite
   */
  public static LimitAdjustment multiplicative(double phi) {
    return new LimitAdjustment(OverdispersionAdjustment.MULTIPLICATIVE, phi, 0);
  }

  /**
   * Additive adjustment: variances {@code s^2} become {@code s^2 + tau2}.
   *
   * @param tau2 the between-assessor variance on the funnel method's z-score scale, zero or
   *     positive and finite
   * @return the adjustment, never {@code null}
   * @throws IllegalArgumentException if tau2 is negative, NaN or infinite
   */
  public static LimitAdjustment additive(double tau2) {
    return new LimitAdjustment(OverdispersionAdjustment.ADDITIVE, 1, tau2);
  }

  /**
   * Returns the factor by which a standard error {@code s} is multiplied.
   *
   * @param s the unadjusted standard error, positive
   * @return the inflation factor, at least one
   */
  double inflation(double s) {
    return switch (kind) {
      case NONE -> 1;
      case MULTIPLICATIVE -> phi > 1 ? Math.sqrt(phi) : 1;
      case ADDITIVE -> Math.sqrt((s * s + tau2) / (s * s));
    };
  }
}
