package dev.epakit.rules.journey;

import dev.epakit.core.grade.Grade;
import dev.epakit.core.identity.Apprentice;
import dev.epakit.core.identity.AssessorId;
import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Mark;
import dev.epakit.core.journey.Party;
import dev.epakit.core.outcome.ResultStatement;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import dev.epakit.core.plan.ResitRetakePolicy;
import dev.epakit.rules.Explanation;
import dev.epakit.rules.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A journey's answers for one date: status, overall grade, next steps, result statement,
 * certificate readiness, notifications owed and retention. Obtained from {@link
 * Journey#asOf(LocalDate)}; only facts dated on or before {@link #asOf()} count.
 *
 * <p>Immutable and thread-safe; every answer is computed from the state on request.
 */
public final class JourneySnapshot {

  /** The assessor id used for hypothetical assessments when explaining next steps. */
  private static final AssessorId ANY_ASSESSOR = AssessorId.of("NEXT-STEP");

  private final AssessmentPlan plan;
  private final Apprentice apprentice;
  private final JourneyState state;
  private final LocalDate asOf;

  JourneySnapshot(AssessmentPlan plan, Apprentice apprentice, JourneyState state, LocalDate asOf) {
    this.plan = plan;
    this.apprentice = apprentice;
    this.state = state;
    this.asOf = asOf;
  }

  /** @return the date the answers are for */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return where the EPA stands */
  public JourneyStatus status() {
    JourneyState a = state;
    if (a.withdrawn != null) {
      return JourneyStatus.WITHDRAWN;
    }
    if (a.certificateRequested != null) {
      return JourneyStatus.CERTIFICATE_REQUESTED;
    }
    if (a.gateway == null) {
      return JourneyStatus.AWAITING_GATEWAY;
    }
    if (a.notified()) {
      return a.passNotified() ? JourneyStatus.PASSED : JourneyStatus.FAILED;
    }
    if (a.isRetake() && !a.trainingCompleted() && !a.anyAssessed()) {
      return JourneyStatus.AWAITING_TRAINING;
    }
    return a.anyAwaiting() ? JourneyStatus.IN_ASSESSMENT : JourneyStatus.AWAITING_NOTIFICATION;
  }

  /**
   * The overall grade of the current attempt, from the method grades, with the cap applied and
   * explained.
   *
   * @return the overall grade; undetermined while methods await assessment
   */
  public OverallGrade overallGrade() {
    return Grading.overall(plan, state);
  }

  /** @return the overall grade last notified (or changed by an upheld appeal), if any */
  public Option<Grade> notifiedGrade() {
    return state.lastOutcome().map(JourneyState.Notified::overall);
  }

  /** @return the current grade of each method assessed at least once, in plan order */
  public List<io.vavr.Tuple2<MethodId, Grade>> methodGrades() {
    io.vavr.collection.Map<MethodId, Grade> grades = state.grades();
    return plan.methodIds().flatMap(id -> grades.get(id).map(g -> io.vavr.Tuple.of(id, g)));
  }

  /**
   * Every step that could come next, allowed or not, each with its explanation.
   *
   * @return the steps, allowed ones first
   */
  public List<NextStep> nextSteps() {
    List<NextStep> steps = List.empty();
    if (state.gateway == null) {
      steps = steps.append(step(NextStep.Action.PASS_GATEWAY, List.empty(), new Fact.GatewayPassed(asOf),
          Option.none(), List.empty()));
    }
    PlanIndex index = state.index;
    for (int m = 0; m < index.size(); m++) {
      if (state.awaits(m)) {
        steps = steps.append(assessment(index.methods[m]));
      }
    }
    if (state.gateway != null && !state.notified()) {
      steps = steps.append(step(NextStep.Action.NOTIFY_OUTCOME, List.empty(), new Fact.OutcomeNotified(asOf),
          Option.none(), List.empty()));
    }
    if (state.isRetake() && !state.trainingCompleted()) {
      steps = steps.append(step(NextStep.Action.COMPLETE_FURTHER_TRAINING, List.empty(),
          new Fact.FurtherTrainingCompleted(asOf), deadlineOfAttempt(), List.empty()));
    }
    if (state.hasOutcome()) {
      steps = steps.append(furtherAttempt(AttemptKind.RESIT)).append(furtherAttempt(AttemptKind.RETAKE));
      steps = steps.append(step(NextStep.Action.LODGE_APPEAL, List.empty(), new Fact.AppealLodged(asOf),
          Option.some(appealDeadline()), List.empty()));
      steps = steps.append(step(NextStep.Action.REQUEST_CERTIFICATE, List.empty(),
          Fact.CertificateRequested.throughService(asOf), Option.none(),
          List.of("apply through the apprentice assessment service")));
      steps = steps.append(step(NextStep.Action.SHARE_SUCCESS_STORY, List.empty(), new Fact.SuccessStoryShared(asOf),
          Option.none(), List.of("written agreement of apprentice, employer and provider")));
    }
    return steps.filter(NextStep::allowed).appendAll(steps.filter(s -> !s.allowed()));
  }

  private NextStep step(NextStep.Action action, List<MethodId> methods, Fact fact, Option<LocalDate> deadline,
      List<String> requirements) {
    Explanation e = EpaRules.explain(state, fact);
    return new NextStep(action, methods, e.allowed(), deadline, requirements, e);
  }

  /** Assessing a method with its best mark; the hypothetical mark's own verdict is left out. */
  private NextStep assessment(AssessmentMethod m) {
    Mark mark = m.scored() ? Mark.score(m.bands().get().maximum()) : Mark.grade(m.scale().highest().name());
    Fact fact = new Fact.MethodAssessed(asOf, m.id(), mark, ANY_ASSESSOR);
    JourneyState before = state;
    boolean allowed = (Refusals.of(before, fact) & ~EpaRules.METHOD_MARK_BIT) == 0;
    Explanation e = Explanation.deferred(allowed, () -> EpaRules.explain(before, fact, allowed).verdicts()
        .filter(v -> !v.rule().equals(EpaRules.METHOD_MARK)));
    return new NextStep(NextStep.Action.ASSESS_METHOD, List.of(m.id()), allowed, deadlineOfAttempt(), List.empty(), e);
  }

  private NextStep furtherAttempt(AttemptKind kind) {
    Set<MethodId> failed = state.failedMethods();
    boolean whole = EpaRules.wholeEpaRequired(plan, state, asOf).isDefined();
    List<MethodId> methods = (whole && kind == AttemptKind.RETAKE) || failed.isEmpty()
        ? plan.methodIds() : failed.toList();
    if (whole && kind == AttemptKind.RESIT && failed.size() == plan.methods().size()) {
      methods = plan.methodIds();
    }
    Fact.FurtherAttemptBooked booking = kind == AttemptKind.RESIT
        ? Fact.FurtherAttemptBooked.resit(asOf, methods.toJavaSet())
        : Fact.FurtherAttemptBooked.retake(asOf, methods.toJavaSet());
    ResitRetakePolicy policy = plan.policy();
    List<String> requirements = List.empty();
    if (policy.employerAgreementRequired()) {
      requirements = requirements.append("the employer's agreement that a " + name(kind) + " is appropriate");
    }
    if (policy.feeConfirmationRequired()) {
      requirements = requirements.append("the fee confirmed with the employer");
    }
    if (policy.freshMaterialsRequired()) {
      requirements = requirements.append("assessment materials the apprentice has not seen");
    }
    if (kind == AttemptKind.RETAKE) {
      requirements = requirements.append("further training completed before the assessment");
    }
    Option<LocalDate> deadline = windowDeadline(kind, whole);
    return step(kind == AttemptKind.RESIT ? NextStep.Action.RESIT : NextStep.Action.RETAKE, methods, booking,
        deadline, requirements);
  }

  private Option<LocalDate> windowDeadline(AttemptKind kind, boolean whole) {
    Option<LocalDate> failDate = state.lastOutcome().filter(n -> n.overall().failing()).map(JourneyState.Notified::date);
    ResitRetakePolicy policy = plan.policy();
    Option<LocalDate> window = failDate.map(d -> d.plus(kind == AttemptKind.RESIT ? policy.resitWindow() : policy.retakeWindow()));
    Option<LocalDate> hard = state.hardWindowStart().flatMap(s -> Option.ofOptional(policy.hardWindow()).map(s::plus));
    if (whole) {
      // past the hard window the whole EPA is taken again, with no resit or retake window
      return hard.exists(asOf::isAfter) ? Option.none() : window;
    }
    return window.map(w -> hard.filter(h -> h.isBefore(w)).getOrElse(w));
  }

  private Option<LocalDate> deadlineOfAttempt() {
    return state.attempt().kind().flatMap(k -> windowDeadline(k, state.attempt().wholeEpa()));
  }

  private LocalDate appealDeadline() {
    return plan.policy().appealPeriod().deadline(state.lastOutcome().get().date());
  }

  /** @return whether the certificate can be applied for on this date, and what is missing */
  public CertificateReadiness certificateReadiness() {
    Fact request = Fact.CertificateRequested.throughService(asOf);
    Explanation e = EpaRules.explain(state, request);
    return new CertificateReadiness(e.allowed(), e.allowed() ? List.empty() : e.violations().flatMap(Violation::reasons), e);
  }

  /** @return what is still owed to each party about the latest outcome, in party order */
  public List<Notification> notificationsOwed() {
    if (state.lastOutcome().isEmpty() || state.withdrawn().isDefined()) {
      return List.empty();
    }
    boolean failed = state.failNotified();
    List<Notification> owed = List.empty();
    for (Party p : Party.values()) {
      if (!state.resultTo(p)) {
        owed = owed.append(new Notification(p, Notification.What.RESULT, EpaRules.RESULTS_OWED));
      }
      if (failed && p != Party.PROVIDER && !state.statementTo(p)) {
        owed = owed.append(new Notification(p, Notification.What.RESULT_STATEMENT, EpaRules.STATEMENT_OWED));
      }
      if (failed && p != Party.APPRENTICE && !state.appealsProcessTo(p)) {
        owed = owed.append(new Notification(p, Notification.What.APPEALS_PROCESS, EpaRules.APPEALS_PROCESS_OWED));
      }
    }
    return owed;
  }

  /**
   * The result statement owed after a fail.
   *
   * @return the statement, or none when the latest notified outcome is not a fail
   */
  public Option<ResultStatement> resultStatement() {
    return resultStatement(plan.policy().appealPeriod());
  }

  /**
   * The result statement owed after a fail, with the EPAO's own appeal period in place of the
   * plan's (the appeal period is an EPAO setting: 20 working days, 28 days and 31 days are all
   * seen).
   *
   * @param appealPeriod the appeal period to state and to count the appeal deadline by, not {@code
   *     null}
   * @return the statement, or none when the latest notified outcome is not a fail
   */
  public Option<ResultStatement> resultStatement(dev.epakit.core.plan.AppealPeriod appealPeriod) {
    Objects.requireNonNull(appealPeriod, "appealPeriod");
    if (!state.failNotified()) {
      return Option.none();
    }
    JourneyState.Notified outcome = state.lastOutcome().get();
    io.vavr.collection.Map<MethodId, Grade> grades = state.grades();
    List<ResultStatement.MethodResult> methods = plan.methods().flatMap(m ->
        grades.get(m.id()).map(g -> new ResultStatement.MethodResult(m.id(), m.name(), g)));
    List<MethodId> failed = methods.filter(ResultStatement.MethodResult::failed).map(ResultStatement.MethodResult::method);
    boolean whole = EpaRules.wholeEpaRequired(plan, state, asOf).isDefined();
    boolean attemptsLeft = plan.policy().attemptLimit().map(l -> state.furtherAttempts() < l).orElse(true);
    boolean resitPossible = attemptsLeft && !(whole && failed.size() < plan.methods().size());
    Option<Boolean> training = state.attempt().kind().map(k -> k == AttemptKind.RETAKE)
        .orElse(() -> state.recommended().map(k -> k == AttemptKind.RETAKE))
        .orElse(() -> resitPossible || !attemptsLeft ? Option.none() : Option.some(true));
    return Option.some(new ResultStatement(apprentice, plan.standard(), plan.title(), asOf, methods,
        outcome.overall(), failed, training.toJavaOptional(), whole,
        resitPossible ? windowDeadline(AttemptKind.RESIT, whole).toJavaOptional() : java.util.Optional.empty(),
        attemptsLeft ? windowDeadline(AttemptKind.RETAKE, whole).toJavaOptional() : java.util.Optional.empty(),
        plan.resitCap().toJavaOptional(), plan.retakeCap().toJavaOptional(),
        appealPeriod.deadline(outcome.date()), appealPeriod));
  }

  /**
   * The date until which this journey's records must be kept: the plan's retention period after
   * the latest fact (rule {@code EPA-RETAIN-01}).
   *
   * @return the date, or none when nothing has been recorded
   */
  public Option<LocalDate> retainUntil() {
    return state.lastFactDate().map(d -> d.plus(plan.policy().retentionPeriod()));
  }

  /** @return the number of resits and retakes booked */
  public int furtherAttempts() {
    return state.furtherAttempts();
  }

  private static String name(AttemptKind kind) {
    return kind == AttemptKind.RESIT ? "resit" : "retake";
  }

  @Override
  public String toString() {
    return "JourneySnapshot[" + apprentice + ", " + asOf + ", " + status() + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JourneySnapshot s && plan.equals(s.plan) && apprentice.equals(s.apprentice)
        && state.equals(s.state) && asOf.equals(s.asOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apprentice, state, asOf);
  }
}
