package dev.epakit.rules.journey;

import dev.epakit.core.journey.AgreementPurpose;
import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.journey.CertificateRoute;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Party;
import java.time.LocalDate;
import java.time.Period;

/**
 * The quick path of the journey rules: which rules a fact breaks, as primitive checks over the
 * compact {@link JourneyState}, with no explanation built. Bit {@code i} of the answer stands for
 * rule {@code i} of {@link EpaRules#rulesFor} for the fact's kind, so the answer is 0 exactly when
 * the explained rules allow the fact; a property test holds the two paths to the same rules.
 *
 * <p>Each check mirrors the explained check of the same rule in {@link EpaRules}: it is violated on
 * the same cases, and not applicable cases count as not violated. Stateless and thread-safe.
 */
final class Refusals {

  private Refusals() {}

  /**
   * The rules a fact breaks.
   *
   * @param s the state before the fact
   * @param fact the fact
   * @return one bit per rule broken, in the order of the fact kind's rule set; 0 when allowed
   */
  static long of(JourneyState s, Fact fact) {
    return of(s, fact, true);
  }

  /**
   * Whether a fact breaks a rule: the same answer as {@code of(s, fact) != 0}, but the costlier
   * checks (date arithmetic) are skipped once a cheaper one has refused the fact.
   *
   * @param s the state before the fact
   * @param fact the fact
   * @return true when refused
   */
  static boolean refuses(JourneyState s, Fact fact) {
    return of(s, fact, false) != 0;
  }

  /**
   * The rules a fact breaks: all of them, or when not {@code full}, at least one when there is one.
   */
  static long of(JourneyState s, Fact fact, boolean full) {
    LocalDate day = fact.date();
    long broken = 0;
    if (s.lastFact != null && day.isBefore(s.lastFact)) {
      broken |= 1L; // EPA-FACT-01
    }
    if (s.withdrawn != null) {
      broken |= 1L << 1; // EPA-WITHDRAWN-01
    }
    if (broken != 0 && !full) {
      return broken;
    }
    return broken | (specific(s, fact, day, full) << 2);
  }

  private static long specific(JourneyState s, Fact fact, LocalDate day, boolean full) {
    if (fact instanceof Fact.MethodAssessed m) {
      return assessed(s, m, day, full);
    } else if (fact instanceof Fact.OutcomeNotified) {
      return bit(0, s.gateway == null || s.notified() || s.anyAwaiting()) // EPA-OUTCOME-01
          | bit(1, !s.anyAwaiting() && s.overallRank() == PlanIndex.NO_RANK); // EPA-GRADE-01
    } else if (fact instanceof Fact.FurtherAttemptBooked b) {
      return booked(s, b, day, full);
    } else if (fact instanceof Fact.ResultShared) {
      return bit(0, !s.hasOutcome()); // EPA-SHARE-01
    } else if (fact instanceof Fact.WrittenAgreementRecorded w) {
      return bit(0, w.purpose() == AgreementPurpose.CERTIFICATE && w.party() != Party.APPRENTICE); // EPA-AGREE-01
    } else if (fact instanceof Fact.CertificateRequested c) {
      return certificate(s, c);
    } else if (fact instanceof Fact.GatewayPassed) {
      return bit(0, s.gateway != null) // EPA-GATEWAY-02
          | bit(1, !s.index.inForceOn(day)); // EPA-PLAN-01
    } else if (fact instanceof Fact.FurtherAttemptRecommended) {
      return bit(0, s.passNotified()) | bit(1, furtherNotAfterFail(s)); // EPA-PASS-01, EPA-FURTHER-01
    } else if (fact instanceof Fact.FurtherTrainingCompleted) {
      return bit(0, !s.isRetake() || s.trainingCompleted() || s.anyAssessed()); // EPA-RETAKE-02
    } else if (fact instanceof Fact.ExceptionalCircumstancesDetermined) {
      return bit(0, !s.isFurther() || s.notified()); // EPA-CAP-02
    } else if (fact instanceof Fact.AppealLodged) {
      return bit(0, !s.hasOutcome() || !s.notified() || s.appealOpen
          || day.isAfter(s.index.policy.appealPeriod().deadline(s.outcomeDate))); // EPA-APPEAL-01
    } else if (fact instanceof Fact.AppealDecided d) {
      return appealDecided(s, d);
    } else if (fact instanceof Fact.SuccessStoryShared) {
      return bit(0, !s.passNotified()) // EPA-PUBLICITY-02
          | bit(1, !s.allAgreed(AgreementPurpose.PUBLICITY)); // EPA-PUBLICITY-01
    }
    return 0; // Withdrawn: only the common rules
  }

  private static long bit(int rule, boolean broken) {
    return broken ? 1L << rule : 0;
  }

  private static long assessed(JourneyState s, Fact.MethodAssessed m, LocalDate day, boolean full) {
    PlanIndex p = s.index;
    int method = p.position(m.method());
    long broken = bit(0, s.gateway == null || day.isBefore(s.gateway)) // EPA-GATEWAY-01
        | bit(1, p.rank(method, m.mark()) == PlanIndex.NO_RANK) // EPA-METHOD-01
        | bit(2, s.passNotified()) // EPA-PASS-02
        | bit(3, method >= 0 && !s.awaits(method)) // EPA-METHOD-02
        | bit(4, p.methodsInOrder && earlierAwaiting(s, method)) // EPA-ORDER-01
        | bit(5, s.isRetake() && !s.trainingCompleted()); // EPA-RETAKE-01
    if (!s.isFurther() || (broken != 0 && !full)) {
      return broken; // the windows bind resits and retakes only
    }
    if (s.failNotified() && !s.pastHardWindow() && day.isAfter(s.outcomeDate.plus(p.window(s.kind)))) {
      broken |= 1L << (s.kind == AttemptKind.RESIT ? 6 : 7); // EPA-WINDOW-01, EPA-WINDOW-02
    }
    return broken | bit(8, !s.wholeEpa() && pastHardLimit(s, day)); // EPA-WINDOW-03
  }

  /** Whether a method earlier in the plan than this one is covered and not yet assessed. */
  private static boolean earlierAwaiting(JourneyState s, int method) {
    int end = method < 0 ? s.index.size() : method;
    for (int m = 0; m < end; m++) {
      if (s.awaits(m)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a date is past the plan's hard window from its start; false when either is missing. */
  private static boolean pastHardLimit(JourneyState s, LocalDate day) {
    Period hard = s.index.hardWindow;
    return hard != null && s.hardStart != null && day.isAfter(s.hardStart.plus(hard));
  }

  private static boolean furtherNotAfterFail(JourneyState s) {
    if (!s.hasOutcome()) {
      return true;
    }
    return s.failNotified() && !(s.notified() || s.rebooking());
  }

  private static long booked(JourneyState s, Fact.FurtherAttemptBooked b, LocalDate day, boolean full) {
    PlanIndex p = s.index;
    var policy = p.policy;
    long broken = bit(0, s.passNotified()) // EPA-PASS-01
        | bit(1, furtherNotAfterFail(s)) // EPA-FURTHER-01
        | bit(2, s.appealOpen) // EPA-APPEAL-03
        | bit(8, policy.employerAgreementRequired() && !b.employerAgreed()) // EPA-FURTHER-04
        | bit(9, policy.feeConfirmationRequired() && !b.feeConfirmed()) // EPA-FURTHER-05
        | bit(10, p.attemptLimit != PlanIndex.NO_LIMIT && !s.rebooking()
            && s.furtherAttempts >= p.attemptLimit) // EPA-FURTHER-06
        | bit(11, policy.freshMaterialsRequired() && !b.freshMaterials()); // EPA-FURTHER-07
    if (broken != 0 && !full) {
      return broken;
    }
    int known = 0;
    int failed = 0;
    boolean passedBooked = false;
    for (int m = 0; m < p.size(); m++) {
      boolean fail = s.failed(m);
      failed += fail ? 1 : 0;
      if (b.methods().contains(p.ids[m])) {
        known++;
        passedBooked |= !fail;
      }
    }
    boolean unknown = known != b.methods().size();
    boolean whole = known == p.size();
    boolean moreFailedThanScope = p.wholeEpaWhenMoreThanFailed != PlanIndex.NO_LIMIT
        && failed > p.wholeEpaWhenMoreThanFailed;
    boolean pastHard = pastHardLimit(s, day);
    // EPA-FURTHER-02: unknown methods, or a passed method outside a whole EPA taken again
    boolean onlyFailed = unknown
        || (passedBooked && (b.attempt() == AttemptKind.RESIT || !((moreFailedThanScope || pastHard) && whole)));
    broken |= bit(3, onlyFailed)
        | bit(4, moreFailedThanScope && !whole) // EPA-FURTHER-03
        | bit(7, !whole && pastHard); // EPA-WINDOW-03
    if (s.failNotified() && !(whole && pastHard) && day.isAfter(s.outcomeDate.plus(p.window(b.attempt())))) {
      broken |= 1L << (b.attempt() == AttemptKind.RESIT ? 5 : 6); // EPA-WINDOW-01, EPA-WINDOW-02
    }
    return broken;
  }

  private static long certificate(JourneyState s, Fact.CertificateRequested c) {
    boolean achieved = s.passNotified() && s.notified();
    for (int m = 0; achieved && m < s.index.size(); m++) {
      achieved = s.rank(m) != PlanIndex.NO_RANK && !s.failed(m);
    }
    return bit(0, c.route() != CertificateRoute.APPRENTICE_ASSESSMENT_SERVICE) // EPA-CERT-03
        | bit(1, !achieved) // EPA-CERT-01
        | bit(2, !s.agreed(AgreementPurpose.CERTIFICATE, Party.APPRENTICE)) // EPA-CERT-02
        | bit(3, s.appealOpen) // EPA-CERT-04
        | bit(4, !s.resultToAll()) // EPA-CERT-05
        | bit(5, s.certificateRequested != null); // EPA-CERT-06
  }

  private static long appealDecided(JourneyState s, Fact.AppealDecided d) {
    boolean broken = !s.appealOpen;
    if (!broken && d.regrade().isPresent()) {
      int method = s.index.position(d.regrade().get().method());
      broken = method < 0 || s.index.rankNamed(method, d.regrade().get().grade()) == PlanIndex.NO_RANK;
    }
    // EPA-GRADE-01 reads the state the upheld appeal leads to
    boolean undetermined = d.upheld() && !s.anyAwaiting() && s.apply(d).overallRank() == PlanIndex.NO_RANK;
    return bit(0, broken) | bit(1, undetermined); // EPA-APPEAL-02, EPA-GRADE-01
  }

}
