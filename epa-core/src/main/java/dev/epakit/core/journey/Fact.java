package dev.epakit.core.journey;

import dev.epakit.core.identity.AssessorId;
import dev.epakit.core.plan.MethodId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One dated fact of an apprentice's end-point assessment. A journey is a sequence of facts, in
 * date order; the rule engine folds them into state and refuses a fact that breaks a rule.
 *
 * <p>Every fact is an immutable record with a non-null {@link #date()}; sets are copied and
 * unmodifiable. Facts carry no names, so their {@code toString} is safe to log.
 */
public sealed interface Fact {

  /** The day the fact happened. @return the date, never {@code null} */
  LocalDate date();

  /** A short name of the kind of fact, such as {@code "method-assessed"}. @return the name */
  String kind();

  /**
   * The apprentice passed gateway: the EPA may start.
   *
   * @param date the day
   */
  record GatewayPassed(LocalDate date) implements Fact {
    /** Checks the date. */
    public GatewayPassed {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String kind() {
      return "gateway-passed";
    }
  }

  /**
   * An assessor assessed one method and gave a mark.
   *
   * @param date the day of the assessment
   * @param method the method assessed
   * @param mark the grade or score given
   * @param assessor who assessed
   */
  record MethodAssessed(LocalDate date, MethodId method, Mark mark, AssessorId assessor) implements Fact {
    /** Checks nothing is null. */
    public MethodAssessed {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(mark, "mark");
      Objects.requireNonNull(assessor, "assessor");
    }

    @Override
    public String kind() {
      return "method-assessed";
    }
  }

  /**
   * The EPAO notified the outcome of the current attempt; windows for a resit, a retake and an
   * appeal run from this day.
   *
   * @param date the day
   */
  record OutcomeNotified(LocalDate date) implements Fact {
    /** Checks the date. */
    public OutcomeNotified {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String kind() {
      return "outcome-notified";
    }
  }

  /**
   * The EPAO recommended a resit or a retake after a fail, having discussed it with the employer
   * and training provider.
   *
   * @param date the day
   * @param recommended what was recommended
   */
  record FurtherAttemptRecommended(LocalDate date, AttemptKind recommended) implements Fact {
    /** Checks nothing is null. */
    public FurtherAttemptRecommended {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(recommended, "recommended");
    }

    @Override
    public String kind() {
      return "further-attempt-recommended";
    }
  }

  /**
   * A resit or retake was booked.
   *
   * @param date the day of booking
   * @param attempt resit or retake
   * @param methods the methods to be taken again, at least one
   * @param employerAgreed the employer agreed the resit or retake is appropriate
   * @param feeConfirmed the fee was confirmed with the employer
   * @param freshMaterials the attempt will use materials the apprentice has not seen
   */
  record FurtherAttemptBooked(
      LocalDate date,
      AttemptKind attempt,
      Set<MethodId> methods,
      boolean employerAgreed,
      boolean feeConfirmed,
      boolean freshMaterials)
      implements Fact {
    /** Checks nothing is null and at least one method is named; copies the set. */
    public FurtherAttemptBooked {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(attempt, "attempt");
      methods = Collections.unmodifiableSet(new TreeSet<>(methods));
      if (methods.isEmpty()) {
        throw new IllegalArgumentException("a booking names at least one method");
      }
    }

    /**
     * A resit booked with the employer's agreement, the fee confirmed and fresh materials.
     *
     * @param date the day
     * @param methods the failed methods to resit
     * @return the fact
     */
    public static FurtherAttemptBooked resit(LocalDate date, Set<MethodId> methods) {
      return new FurtherAttemptBooked(date, AttemptKind.RESIT, methods, true, true, true);
    }

    /**
     * A retake booked with the employer's agreement, the fee confirmed and fresh materials.
     *
     * @param date the day
     * @param methods the methods to retake
     * @return the fact
     */
    public static FurtherAttemptBooked retake(LocalDate date, Set<MethodId> methods) {
      return new FurtherAttemptBooked(date, AttemptKind.RETAKE, methods, true, true, true);
    }

    @Override
    public String kind() {
      return attempt == AttemptKind.RESIT ? "resit-booked" : "retake-booked";
    }
  }

  /**
   * The apprentice completed the further training a retake needs.
   *
   * @param date the day
   */
  record FurtherTrainingCompleted(LocalDate date) implements Fact {
    /** Checks the date. */
    public FurtherTrainingCompleted {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String kind() {
      return "further-training-completed";
    }
  }

  /**
   * The EPAO determined exceptional circumstances for the current resit or retake, which lifts the
   * grade cap where the plan allows.
   *
   * @param date the day
   */
  record ExceptionalCircumstancesDetermined(LocalDate date) implements Fact {
    /** Checks the date. */
    public ExceptionalCircumstancesDetermined {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String kind() {
      return "exceptional-circumstances-determined";
    }
  }

  /**
   * An appeal against the notified outcome was lodged.
   *
   * @param date the day
   */
  record AppealLodged(LocalDate date) implements Fact {
    /** Checks the date. */
    public AppealLodged {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String kind() {
      return "appeal-lodged";
    }
  }

  /**
   * The open appeal was decided: upheld with a new grade for one method, or rejected.
   *
   * @param date the day
   * @param regrade the method and its new grade when upheld; empty when rejected
   */
  record AppealDecided(LocalDate date, Optional<Regrade> regrade) implements Fact {
    /** Checks nothing is null. */
    public AppealDecided {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(regrade, "regrade");
    }

    /**
     * An upheld appeal.
     *
     * @param date the day
     * @param method the method regraded
     * @param grade its new grade's name
     * @return the fact
     */
    public static AppealDecided upheld(LocalDate date, MethodId method, String grade) {
      return new AppealDecided(date, Optional.of(new Regrade(method, grade)));
    }

    /** A rejected appeal. @param date the day @return the fact */
    public static AppealDecided rejected(LocalDate date) {
      return new AppealDecided(date, Optional.empty());
    }

    /** Whether the appeal was upheld. @return true when a regrade is given */
    public boolean upheld() {
      return regrade.isPresent();
    }

    @Override
    public String kind() {
      return "appeal-decided";
    }
  }

  /**
   * The new grade an upheld appeal gives one method.
   *
   * @param method the method
   * @param grade the new grade's name
   */
  record Regrade(MethodId method, String grade) {
    /** Checks nothing is null. */
    public Regrade {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(grade, "grade");
      if (grade.isBlank()) {
        throw new IllegalArgumentException("a regrade names a grade");
      }
    }
  }

  /**
   * The result was shared with one or more parties, through the Record a grade service and
   * directly.
   *
   * @param date the day
   * @param parties who received it, at least one
   * @param resultStatement a result statement was included (owed to the apprentice and employer
   *     after a fail)
   * @param appealsProcess the appeals process was shared (owed to employer and provider after a fail)
   */
  record ResultShared(LocalDate date, Set<Party> parties, boolean resultStatement, boolean appealsProcess)
      implements Fact {
    /** Checks nothing is null and at least one party is named; copies the set. */
    public ResultShared {
      Objects.requireNonNull(date, "date");
      if (parties.isEmpty()) {
        throw new IllegalArgumentException("a result is shared with at least one party");
      }
      parties = Collections.unmodifiableSet(EnumSet.copyOf(parties));
    }

    /**
     * The result shared with all three parties, with the result statement and appeals process.
     *
     * @param date the day
     * @return the fact
     */
    public static ResultShared withAll(LocalDate date) {
      return new ResultShared(date, EnumSet.allOf(Party.class), true, true);
    }

    @Override
    public String kind() {
      return "result-shared";
    }
  }

  /**
   * A party's written agreement was recorded.
   *
   * @param date the day
   * @param party who agreed
   * @param purpose what they agreed to
   */
  record WrittenAgreementRecorded(LocalDate date, Party party, AgreementPurpose purpose) implements Fact {
    /** Checks nothing is null. */
    public WrittenAgreementRecorded {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(party, "party");
      Objects.requireNonNull(purpose, "purpose");
    }

    @Override
    public String kind() {
      return "written-agreement-recorded";
    }
  }

  /**
   * The certificate was requested.
   *
   * @param date the day
   * @param route how; only the apprentice assessment service is allowed
   */
  record CertificateRequested(LocalDate date, CertificateRoute route) implements Fact {
    /** Checks nothing is null. */
    public CertificateRequested {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(route, "route");
    }

    /** A request through the service. @param date the day @return the fact */
    public static CertificateRequested throughService(LocalDate date) {
      return new CertificateRequested(date, CertificateRoute.APPRENTICE_ASSESSMENT_SERVICE);
    }

    @Override
    public String kind() {
      return "certificate-requested";
    }
  }

  /**
   * The apprentice's success story was shared (publicity).
   *
   * @param date the day
   */
  record SuccessStoryShared(LocalDate date) implements Fact {
    /** Checks the date. */
    public SuccessStoryShared {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String kind() {
      return "success-story-shared";
    }
  }

  /**
   * The apprentice withdrew from the EPA.
   *
   * @param date the day
   */
  record Withdrawn(LocalDate date) implements Fact {
    /** Checks the date. */
    public Withdrawn {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String kind() {
      return "withdrawn";
    }
  }
}
