package dev.epakit.core.plan;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * What an assessment plan says about resits, retakes, appeals and retention. Every item varies from
 * plan to plan, so every item is a parameter here and none is a global constant.
 *
 * <p>A <em>resit</em> is sitting one or more failed components again without further training; a
 * <em>retake</em> is further training first, then the EPA again (GOV.UK, "Results, feedback and
 * celebration after end-point assessment", 11 December 2024). Windows run from the notification
 * of the failed outcome.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()} or start from {@link
 * #typical()}.
 *
 * @param employerAgreementRequired the employer must agree a resit or retake is appropriate
 * @param feeConfirmationRequired fees must be confirmed with the employer before booking
 * @param wholeEpaWhenMoreThanFailed when more than this many methods failed, the whole EPA is
 *     taken again; empty when only failed methods are ever re-sat or re-taken
 * @param resitWindow a resit is taken within this period of the failed outcome's notification
 * @param retakeWindow a retake is taken within this period of the failed outcome's notification
 * @param hardWindow every method must be achieved within this period of the first outcome's
 *     notification, else the whole EPA is taken again; empty when the plan sets none
 * @param resitCap name of the highest overall grade after a resit, empty when uncapped
 * @param retakeCap name of the highest overall grade after a retake, empty when uncapped
 * @param exceptionalCircumstancesLiftCap whether the EPAO's determination of exceptional
 *     circumstances lifts the cap
 * @param attemptLimit the number of resits and retakes allowed in all, empty when unlimited
 * @param freshMaterialsRequired a resit or retake must use assessment materials the apprentice has
 *     not seen (such as different questions or a different observation activity)
 * @param appealPeriod how long after notification an appeal may be lodged (an EPAO setting)
 * @param retentionPeriod how long EPA records are kept after the last event (no national period is
 *     published; six years is common practice)
 */
public record ResitRetakePolicy(
    boolean employerAgreementRequired,
    boolean feeConfirmationRequired,
    Optional<Integer> wholeEpaWhenMoreThanFailed,
    Period resitWindow,
    Period retakeWindow,
    Optional<Period> hardWindow,
    Optional<String> resitCap,
    Optional<String> retakeCap,
    boolean exceptionalCircumstancesLiftCap,
    Optional<Integer> attemptLimit,
    boolean freshMaterialsRequired,
    AppealPeriod appealPeriod,
    Period retentionPeriod) {

  /** Six years: common practice, as no national retention period is published. */
  public static final Period DEFAULT_RETENTION = Period.ofYears(6);

  /**
   * Checks that nothing is null and every number is positive.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a window, limit or period is zero or negative
   */
  public ResitRetakePolicy {
    Objects.requireNonNull(wholeEpaWhenMoreThanFailed, "wholeEpaWhenMoreThanFailed");
    Objects.requireNonNull(resitWindow, "resitWindow");
    Objects.requireNonNull(retakeWindow, "retakeWindow");
    Objects.requireNonNull(hardWindow, "hardWindow");
    Objects.requireNonNull(resitCap, "resitCap");
    Objects.requireNonNull(retakeCap, "retakeCap");
    Objects.requireNonNull(attemptLimit, "attemptLimit");
    Objects.requireNonNull(appealPeriod, "appealPeriod");
    Objects.requireNonNull(retentionPeriod, "retentionPeriod");
    wholeEpaWhenMoreThanFailed.ifPresent(n -> requirePositive(n, "wholeEpaWhenMoreThanFailed"));
    attemptLimit.ifPresent(n -> requirePositive(n, "attemptLimit"));
    requirePositive(resitWindow, "resitWindow");
    requirePositive(retakeWindow, "retakeWindow");
    hardWindow.ifPresent(p -> requirePositive(p, "hardWindow"));
    requirePositive(retentionPeriod, "retentionPeriod");
  }

  private static void requirePositive(int n, String name) {
    if (n < 1) {
      throw new IllegalArgumentException(name + " must be at least 1");
    }
  }

  private static void requirePositive(Period p, String name) {
    if (p.isNegative() || p.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive period");
    }
  }

  /**
   * The wording most plans share (e.g. Senior leader, 2020): employer agreement; only failed
   * methods; resit within 3 months and retake within 6 months; every method within 6 months;
   * overall grade capped at {@code Pass} unless exceptional circumstances; no attempt limit; appeal
   * within 20 working days; retention six years.
   *
   * @return the typical policy
   */
  public static ResitRetakePolicy typical() {
    return builder().build();
  }

  /** A builder starting from {@link #typical()}. @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy. @return a new builder */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.employerAgreementRequired = employerAgreementRequired;
    b.feeConfirmationRequired = feeConfirmationRequired;
    b.wholeEpaWhenMoreThanFailed = wholeEpaWhenMoreThanFailed;
    b.resitWindow = resitWindow;
    b.retakeWindow = retakeWindow;
    b.hardWindow = hardWindow;
    b.resitCap = resitCap;
    b.retakeCap = retakeCap;
    b.exceptionalCircumstancesLiftCap = exceptionalCircumstancesLiftCap;
    b.attemptLimit = attemptLimit;
    b.freshMaterialsRequired = freshMaterialsRequired;
    b.appealPeriod = appealPeriod;
    b.retentionPeriod = retentionPeriod;
    return b;
  }

  /** Builds a {@link ResitRetakePolicy}; not thread-safe, each setter returns the builder. */
  public static final class Builder {
    private boolean employerAgreementRequired = true;
    private boolean feeConfirmationRequired = false;
    private Optional<Integer> wholeEpaWhenMoreThanFailed = Optional.empty();
    private Period resitWindow = Period.ofMonths(3);
    private Period retakeWindow = Period.ofMonths(6);
    private Optional<Period> hardWindow = Optional.of(Period.ofMonths(6));
    private Optional<String> resitCap = Optional.of("Pass");
    private Optional<String> retakeCap = Optional.of("Pass");
    private boolean exceptionalCircumstancesLiftCap = true;
    private Optional<Integer> attemptLimit = Optional.empty();
    private boolean freshMaterialsRequired = false;
    private AppealPeriod appealPeriod = AppealPeriod.workingDays(20);
    private Period retentionPeriod = DEFAULT_RETENTION;

    private Builder() {}

    /** @param value see {@link ResitRetakePolicy#employerAgreementRequired()} @return this */
    public Builder employerAgreementRequired(boolean value) {
      this.employerAgreementRequired = value;
      return this;
    }

    /** @param value see {@link ResitRetakePolicy#feeConfirmationRequired()} @return this */
    public Builder feeConfirmationRequired(boolean value) {
      this.feeConfirmationRequired = value;
      return this;
    }

    /** @param methods see {@link ResitRetakePolicy#wholeEpaWhenMoreThanFailed()} @return this */
    public Builder wholeEpaWhenMoreThanFailed(int methods) {
      this.wholeEpaWhenMoreThanFailed = Optional.of(methods);
      return this;
    }

    /** Only failed methods are ever re-sat or re-taken. @return this */
    public Builder onlyFailedMethods() {
      this.wholeEpaWhenMoreThanFailed = Optional.empty();
      return this;
    }

    /** @param value see {@link ResitRetakePolicy#resitWindow()} @return this */
    public Builder resitWindow(Period value) {
      this.resitWindow = value;
      return this;
    }

    /** @param value see {@link ResitRetakePolicy#retakeWindow()} @return this */
    public Builder retakeWindow(Period value) {
      this.retakeWindow = value;
      return this;
    }

    /** @param value see {@link ResitRetakePolicy#hardWindow()} @return this */
    public Builder hardWindow(Period value) {
      this.hardWindow = Optional.of(value);
      return this;
    }

    /** The plan sets no hard window. @return this */
    public Builder noHardWindow() {
      this.hardWindow = Optional.empty();
      return this;
    }

    /** @param grade see {@link ResitRetakePolicy#resitCap()} @return this */
    public Builder resitCap(String grade) {
      this.resitCap = Optional.of(grade);
      return this;
    }

    /** @param grade see {@link ResitRetakePolicy#retakeCap()} @return this */
    public Builder retakeCap(String grade) {
      this.retakeCap = Optional.of(grade);
      return this;
    }

    /** Caps both resits and retakes at one grade. @param grade the cap @return this */
    public Builder cap(String grade) {
      return resitCap(grade).retakeCap(grade);
    }

    /** Neither resits nor retakes are capped. @return this */
    public Builder noCap() {
      this.resitCap = Optional.empty();
      this.retakeCap = Optional.empty();
      return this;
    }

    /** @param value see {@link ResitRetakePolicy#exceptionalCircumstancesLiftCap()} @return this */
    public Builder exceptionalCircumstancesLiftCap(boolean value) {
      this.exceptionalCircumstancesLiftCap = value;
      return this;
    }

    /** @param attempts see {@link ResitRetakePolicy#attemptLimit()} @return this */
    public Builder attemptLimit(int attempts) {
      this.attemptLimit = Optional.of(attempts);
      return this;
    }

    /** No limit on attempts. @return this */
    public Builder noAttemptLimit() {
      this.attemptLimit = Optional.empty();
      return this;
    }

    /** @param value see {@link ResitRetakePolicy#freshMaterialsRequired()} @return this */
    public Builder freshMaterialsRequired(boolean value) {
      this.freshMaterialsRequired = value;
      return this;
    }

    /** @param value see {@link ResitRetakePolicy#appealPeriod()} @return this */
    public Builder appealPeriod(AppealPeriod value) {
      this.appealPeriod = value;
      return this;
    }

    /** @param value see {@link ResitRetakePolicy#retentionPeriod()} @return this */
    public Builder retentionPeriod(Period value) {
      this.retentionPeriod = value;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException if a window, limit or period is not positive
     */
    public ResitRetakePolicy build() {
      return new ResitRetakePolicy(
          employerAgreementRequired, feeConfirmationRequired, wholeEpaWhenMoreThanFailed,
          resitWindow, retakeWindow, hardWindow, resitCap, retakeCap,
          exceptionalCircumstancesLiftCap, attemptLimit, freshMaterialsRequired, appealPeriod,
          retentionPeriod);
    }
  }
}
