package dev.epakit.rules.journey;

import dev.epakit.core.grade.Grade;
import dev.epakit.core.journey.AgreementPurpose;
import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Party;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The state a journey's facts fold into. {@link #apply} is total and checks nothing: the rules
 * decide beforehand whether a fact may be applied. Immutable.
 *
 * @param gateway the day gateway was passed
 * @param lastFactDate the date of the latest fact
 * @param attempt the current attempt
 * @param furtherAttempts the resits and retakes booked so far (a rebooking of an unstarted one
 *     does not count twice)
 * @param grades the current grade of every method assessed at least once
 * @param lastOutcome the latest notified outcome: its date and overall grade
 * @param hardWindowStart the first notification since the whole EPA was last started
 * @param appealOpen whether an appeal is open
 * @param resultTo parties the latest outcome was shared with
 * @param statementTo parties given the result statement of the latest outcome
 * @param appealsProcessTo parties given the appeals process for the latest outcome
 * @param agreements written agreements recorded, by purpose
 * @param recommended the latest resit or retake recommendation
 * @param certificateRequested the day the certificate was requested
 * @param withdrawn the day the apprentice withdrew
 */
record JourneyState(
    Option<LocalDate> gateway,
    Option<LocalDate> lastFactDate,
    Attempt attempt,
    int furtherAttempts,
    Map<MethodId, Grade> grades,
    Option<Notified> lastOutcome,
    Option<LocalDate> hardWindowStart,
    boolean appealOpen,
    Set<Party> resultTo,
    Set<Party> statementTo,
    Set<Party> appealsProcessTo,
    Map<AgreementPurpose, Set<Party>> agreements,
    Option<AttemptKind> recommended,
    Option<LocalDate> certificateRequested,
    Option<LocalDate> withdrawn) {

  /**
   * A notified outcome.
   *
   * @param date the day notified (or the day an upheld appeal changed it)
   * @param overall the overall grade notified
   */
  record Notified(LocalDate date, Grade overall) {}

  static JourneyState initial(AssessmentPlan plan) {
    return new JourneyState(
        Option.none(), Option.none(), Attempt.first(TreeSet.ofAll(plan.methodIds())), 0, HashMap.empty(),
        Option.none(), Option.none(), false, HashSet.empty(), HashSet.empty(), HashSet.empty(),
        HashMap.empty(), Option.none(), Option.none(), Option.none());
  }

  boolean agreed(AgreementPurpose purpose, Party party) {
    return agreements.get(purpose).exists(parties -> parties.contains(party));
  }

  /** Whether the latest outcome is notified and failing, so a resit or retake may follow. */
  boolean failNotified() {
    return lastOutcome.exists(n -> n.overall().failing());
  }

  /** Whether the latest outcome is notified and passing. */
  boolean passNotified() {
    return lastOutcome.exists(n -> n.overall().passing());
  }

  /** The methods whose current grade is failing. */
  Set<MethodId> failedMethods() {
    return grades.filterValues(Grade::failing).keySet().toSortedSet();
  }

  JourneyState apply(AssessmentPlan plan, Fact fact) {
    JourneyState s = with(fact.date());
    if (fact instanceof Fact.GatewayPassed g) {
      return s.withGateway(g.date());
    } else if (fact instanceof Fact.MethodAssessed m) {
      Option<Grade> grade = Grading.resolve(plan, m.method(), m.mark()).toOption();
      return grade.map(g -> s.withGrade(m.method(), g, s.attempt.withAssessed(m.method()))).getOrElse(s);
    } else if (fact instanceof Fact.OutcomeNotified) {
      return s.withNotified(plan, fact.date());
    } else if (fact instanceof Fact.FurtherAttemptRecommended r) {
      return s.withRecommendation(r.recommended());
    } else if (fact instanceof Fact.FurtherAttemptBooked b) {
      return s.withBooking(plan, b);
    } else if (fact instanceof Fact.FurtherTrainingCompleted) {
      return s.withAttempt(s.attempt.withTrainingCompleted());
    } else if (fact instanceof Fact.ExceptionalCircumstancesDetermined) {
      return s.withAttempt(s.attempt.withExceptional());
    } else if (fact instanceof Fact.AppealLodged) {
      return s.withAppealOpen(true);
    } else if (fact instanceof Fact.AppealDecided d) {
      return s.withAppealDecided(plan, d);
    } else if (fact instanceof Fact.ResultShared r) {
      return s.withShared(r);
    } else if (fact instanceof Fact.WrittenAgreementRecorded w) {
      return s.withAgreement(w.purpose(), w.party());
    } else if (fact instanceof Fact.CertificateRequested c) {
      return s.withCertificateRequested(c.date());
    } else if (fact instanceof Fact.Withdrawn w) {
      return s.withWithdrawn(w.date());
    }
    return s; // SuccessStoryShared changes nothing the rules read
  }

  private JourneyState with(LocalDate date) {
    return new JourneyState(gateway, Option.some(date), attempt, furtherAttempts, grades, lastOutcome,
        hardWindowStart, appealOpen, resultTo, statementTo, appealsProcessTo, agreements, recommended,
        certificateRequested, withdrawn);
  }

  private JourneyState withGateway(LocalDate date) {
    return new JourneyState(Option.some(date), lastFactDate, attempt, furtherAttempts, grades, lastOutcome,
        hardWindowStart, appealOpen, resultTo, statementTo, appealsProcessTo, agreements, recommended,
        certificateRequested, withdrawn);
  }

  private JourneyState withAttempt(Attempt a) {
    return new JourneyState(gateway, lastFactDate, a, furtherAttempts, grades, lastOutcome,
        hardWindowStart, appealOpen, resultTo, statementTo, appealsProcessTo, agreements, recommended,
        certificateRequested, withdrawn);
  }

  private JourneyState withGrade(MethodId method, Grade grade, Attempt a) {
    return new JourneyState(gateway, lastFactDate, a, furtherAttempts, grades.put(method, grade), lastOutcome,
        hardWindowStart, appealOpen, resultTo, statementTo, appealsProcessTo, agreements, recommended,
        certificateRequested, withdrawn);
  }

  /** A new outcome: sharing starts again, since the parties have not yet had this one. */
  private JourneyState withOutcome(Option<Notified> outcome, Attempt a, Option<LocalDate> windowStart, Map<MethodId, Grade> g) {
    return new JourneyState(gateway, lastFactDate, a, furtherAttempts, g, outcome, windowStart, false,
        HashSet.empty(), HashSet.empty(), HashSet.empty(), agreements, recommended, certificateRequested, withdrawn);
  }

  private JourneyState withNotified(AssessmentPlan plan, LocalDate date) {
    Option<Notified> outcome = Grading.overall(plan, this).grade().map(g -> new Notified(date, g));
    Option<LocalDate> windowStart = hardWindowStart.orElse(Option.some(date));
    return withOutcome(outcome, attempt.withNotified(), windowStart, grades);
  }

  private JourneyState withAppealDecided(AssessmentPlan plan, Fact.AppealDecided d) {
    if (d.regrade().isEmpty()) {
      return withAppealOpen(false);
    }
    Fact.Regrade r = d.regrade().get();
    Option<Grade> grade = plan.method(r.method()).flatMap(m -> m.scale().find(r.grade()));
    if (grade.isEmpty()) {
      return withAppealOpen(false);
    }
    JourneyState regraded = withGrade(r.method(), grade.get(), attempt);
    Option<Notified> outcome =
        Grading.overall(plan, regraded).grade().map(g -> new Notified(d.date(), g)).orElse(lastOutcome);
    return regraded.withOutcome(outcome, attempt, hardWindowStart, regraded.grades);
  }

  private JourneyState withRecommendation(AttemptKind kind) {
    return new JourneyState(gateway, lastFactDate, attempt, furtherAttempts, grades, lastOutcome,
        hardWindowStart, appealOpen, resultTo, statementTo, appealsProcessTo, agreements, Option.some(kind),
        certificateRequested, withdrawn);
  }

  private JourneyState withBooking(AssessmentPlan plan, Fact.FurtherAttemptBooked b) {
    Set<MethodId> scope = TreeSet.ofAll(b.methods());
    boolean whole = scope.containsAll(plan.methodIds());
    boolean rebooking = attempt.isFurther() && attempt.assessed().isEmpty() && !attempt.notified();
    int count = rebooking ? furtherAttempts : furtherAttempts + 1;
    boolean pastHardWindow = whole && hardWindowStart.isDefined() && plan.policy().hardWindow()
        .map(p -> b.date().isAfter(hardWindowStart.get().plus(p))).orElse(false);
    return new JourneyState(gateway, lastFactDate, Attempt.further(b.attempt(), b.date(), scope, whole, pastHardWindow), count,
        grades, lastOutcome, whole ? Option.none() : hardWindowStart, appealOpen, resultTo, statementTo,
        appealsProcessTo, agreements, recommended, certificateRequested, withdrawn);
  }

  private JourneyState withAppealOpen(boolean open) {
    return new JourneyState(gateway, lastFactDate, attempt, furtherAttempts, grades, lastOutcome,
        hardWindowStart, open, resultTo, statementTo, appealsProcessTo, agreements, recommended,
        certificateRequested, withdrawn);
  }

  private JourneyState withShared(Fact.ResultShared r) {
    Set<Party> parties = HashSet.ofAll(r.parties());
    return new JourneyState(gateway, lastFactDate, attempt, furtherAttempts, grades, lastOutcome,
        hardWindowStart, appealOpen, resultTo.addAll(parties),
        r.resultStatement() ? statementTo.addAll(parties) : statementTo,
        r.appealsProcess() ? appealsProcessTo.addAll(parties) : appealsProcessTo,
        agreements, recommended, certificateRequested, withdrawn);
  }

  private JourneyState withAgreement(AgreementPurpose purpose, Party party) {
    Map<AgreementPurpose, Set<Party>> updated =
        agreements.put(purpose, agreements.get(purpose).getOrElse(HashSet.empty()).add(party));
    return new JourneyState(gateway, lastFactDate, attempt, furtherAttempts, grades, lastOutcome,
        hardWindowStart, appealOpen, resultTo, statementTo, appealsProcessTo, updated, recommended,
        certificateRequested, withdrawn);
  }

  private JourneyState withCertificateRequested(LocalDate date) {
    return new JourneyState(gateway, lastFactDate, attempt, furtherAttempts, grades, lastOutcome,
        hardWindowStart, appealOpen, resultTo, statementTo, appealsProcessTo, agreements, recommended,
        Option.some(date), withdrawn);
  }

  private JourneyState withWithdrawn(LocalDate date) {
    return new JourneyState(gateway, lastFactDate, attempt, furtherAttempts, grades, lastOutcome,
        hardWindowStart, appealOpen, resultTo, statementTo, appealsProcessTo, agreements, recommended,
        certificateRequested, Option.some(date));
  }
}
