package dev.epakit.benchmarks;

import dev.epakit.core.journey.AgreementPurpose;
import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.journey.CertificateRoute;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Mark;
import dev.epakit.core.journey.Party;
import dev.epakit.core.plan.MethodId;
import java.time.LocalDate;

/**
 * The baseline of the engine benchmarks: the same decisions for one fixed plan (Senior leader,
 * typical policy) written by hand as if/else over arrays, without explanations. It covers the
 * kinds of fact the benchmark cohort uses; {@code BaselineAgreementTest} checks that it decides
 * exactly as the engine does on that cohort.
 *
 * <p>Mutable and not thread-safe: one instance per journey.
 */
public final class SeniorLeaderByHand {

  private static final int NONE = Integer.MIN_VALUE;
  private static final long EARLIEST = LocalDate.of(2017, 1, 1).toEpochDay();

  private long last = NONE;
  private long gateway = NONE;
  private final int[] grade = {-1, -1}; // 0 Fail, 1 Pass, 2 Distinction
  private final boolean[] inScope = {true, true};
  private final boolean[] assessed = new boolean[2];
  private boolean notified;
  private int outcome = -1;
  private long outcomeDay = NONE;
  private long hardStart = NONE;
  private int kind; // 0 first, 1 resit, 2 retake
  private boolean whole = true;
  private boolean pastHard;
  private boolean training;
  private int further;
  private int sharedMask;
  private boolean agreed;
  private boolean certificate;

  /**
   * Decides a fact and applies it when accepted.
   *
   * @param fact the fact
   * @return whether the fact was accepted
   */
  public boolean accept(Fact fact) {
    long day = fact.date().toEpochDay();
    if (last != NONE && day < last) {
      return false;
    }
    boolean ok;
    if (fact instanceof Fact.GatewayPassed) {
      ok = gateway == NONE && day >= EARLIEST;
      if (ok) {
        gateway = day;
      }
    } else if (fact instanceof Fact.MethodAssessed a) {
      ok = assess(day, a.method(), a.mark());
    } else if (fact instanceof Fact.OutcomeNotified) {
      ok = notifyOutcome(day);
    } else if (fact instanceof Fact.FurtherAttemptBooked b) {
      ok = book(day, b);
    } else if (fact instanceof Fact.FurtherTrainingCompleted) {
      ok = kind == 2 && !training && !assessed[0] && !assessed[1];
      if (ok) {
        training = true;
      }
    } else if (fact instanceof Fact.ResultShared s) {
      ok = outcome >= 0;
      if (ok) {
        for (Party p : s.parties()) {
          sharedMask |= 1 << p.ordinal();
        }
      }
    } else if (fact instanceof Fact.WrittenAgreementRecorded w) {
      ok = w.purpose() != AgreementPurpose.CERTIFICATE || w.party() == Party.APPRENTICE;
      if (ok && w.purpose() == AgreementPurpose.CERTIFICATE) {
        agreed = true;
      }
    } else if (fact instanceof Fact.CertificateRequested c) {
      ok = c.route() == CertificateRoute.APPRENTICE_ASSESSMENT_SERVICE && certificateReady();
      if (ok) {
        certificate = true;
      }
    } else {
      throw new UnsupportedOperationException("the baseline does not cover " + fact.kind());
    }
    if (ok) {
      last = day;
    }
    return ok;
  }

  private static int method(MethodId id) {
    return id.equals(Cohort.PROJECT) ? 0 : id.equals(Cohort.DISCUSSION) ? 1 : -1;
  }

  private static int grade(Mark mark) {
    if (!(mark instanceof Mark.Graded g)) {
      return -1;
    }
    String name = g.grade().strip();
    return name.equalsIgnoreCase("Fail") ? 0 : name.equalsIgnoreCase("Pass") ? 1 : name.equalsIgnoreCase("Distinction") ? 2 : -1;
  }

  private static long plusMonths(long day, int months) {
    return LocalDate.ofEpochDay(day).plusMonths(months).toEpochDay();
  }

  private boolean assess(long day, MethodId id, Mark mark) {
    int m = method(id);
    int g = grade(mark);
    if (gateway == NONE || day < gateway || m < 0 || g < 0 || outcome > 0) {
      return false;
    }
    if (!inScope[m] || assessed[m] || notified) {
      return false;
    }
    if (kind == 2 && !training) {
      return false;
    }
    if (outcome == 0 && !pastHard) {
      if (kind == 1 && day > plusMonths(outcomeDay, 3)) {
        return false;
      }
      if (kind == 2 && day > plusMonths(outcomeDay, 6)) {
        return false;
      }
    }
    if (kind != 0 && !whole && hardStart != NONE && day > plusMonths(hardStart, 6)) {
      return false;
    }
    grade[m] = g;
    assessed[m] = true;
    return true;
  }

  private boolean notifyOutcome(long day) {
    if (gateway == NONE || notified || (inScope[0] && !assessed[0]) || (inScope[1] && !assessed[1])) {
      return false;
    }
    int overall = grade[0] == 0 || grade[1] == 0 ? 0 : grade[0] == 2 && grade[1] == 2 ? 2 : 1;
    if (kind != 0 && overall > 1) {
      overall = 1; // capped at Pass after a resit or retake
    }
    notified = true;
    outcome = overall;
    outcomeDay = day;
    if (hardStart == NONE) {
      hardStart = day;
    }
    sharedMask = 0;
    return true;
  }

  private boolean rebooking() {
    return kind != 0 && !assessed[0] && !assessed[1] && !notified;
  }

  private boolean hardWindowPassed(long day) {
    return hardStart != NONE && day > plusMonths(hardStart, 6);
  }

  private boolean book(long day, Fact.FurtherAttemptBooked b) {
    if (outcome != 0 || !(notified || rebooking()) || !b.employerAgreed()) {
      return false;
    }
    boolean[] booked = new boolean[2];
    for (MethodId id : b.methods()) {
      int m = method(id);
      if (m < 0) {
        return false;
      }
      booked[m] = true;
    }
    boolean all = booked[0] && booked[1];
    boolean passedBooked = (booked[0] && grade[0] > 0) || (booked[1] && grade[1] > 0);
    boolean past = hardWindowPassed(day);
    if (passedBooked && (b.attempt() == AttemptKind.RESIT || !(past && all))) {
      return false;
    }
    boolean pastHardWindow = all && past;
    if (!pastHardWindow) {
      long deadline = plusMonths(outcomeDay, b.attempt() == AttemptKind.RESIT ? 3 : 6);
      if (day > deadline) {
        return false;
      }
    }
    if (!all && past) {
      return false;
    }
    further += rebooking() ? 0 : 1;
    kind = b.attempt() == AttemptKind.RESIT ? 1 : 2;
    inScope[0] = booked[0];
    inScope[1] = booked[1];
    assessed[0] = false;
    assessed[1] = false;
    whole = all;
    this.pastHard = pastHardWindow;
    if (all) {
      hardStart = NONE;
    }
    training = false;
    notified = false;
    return true;
  }

  /** @return whether the certificate may be applied for now */
  public boolean certificateReady() {
    return outcome > 0 && notified && grade[0] > 0 && grade[1] > 0 && agreed && sharedMask == 0b111 && !certificate;
  }

  /**
   * Whether a resit of the failed methods may be booked on a day.
   *
   * @param day the day
   * @return true when allowed
   */
  public boolean resitAllowed(LocalDate day) {
    long d = day.toEpochDay();
    if (outcome != 0 || !(notified || rebooking()) || (last != NONE && d < last)) {
      return false;
    }
    boolean all = grade[0] == 0 && grade[1] == 0;
    boolean past = hardWindowPassed(d);
    if (!all && past) {
      return false;
    }
    return (all && past) || d <= plusMonths(outcomeDay, 3);
  }

  /** @return the overall grade notified last: -1 none, 0 Fail, 1 Pass, 2 Distinction */
  public int notifiedGrade() {
    return outcome;
  }

  /** @return the number of resits and retakes booked */
  public int furtherAttempts() {
    return further;
  }
}
