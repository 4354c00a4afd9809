package dev.epakit.rules.journey;

import static dev.epakit.rules.journey.Journeys.assessed;
import static dev.epakit.rules.journey.Journeys.day;
import static dev.epakit.rules.journey.Journeys.scored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import dev.epakit.core.plan.ResitRetakePolicy;
import dev.epakit.rules.Finding;
import dev.epakit.rules.Verdict;
import java.time.Period;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The answers of a snapshot in detail: explanations, next steps, statements, value contract. */
class JourneySnapshotTest {

  static final MethodId PROJECT = MethodId.of("project");
  static final MethodId DISCUSSION = MethodId.of("discussion");

  static Journeys failedProject(AssessmentPlan plan) {
    return Journeys.on(plan).gateway("2025-01-06")
        .then(assessed("2025-02-03", "project", "Fail"))
        .then(assessed("2025-02-10", "discussion", "Distinction"))
        .notified("2025-02-14");
  }

  @Test
  void overallGradeExplainsTheTableTheFailAndTheCap() {
    OverallGrade first = Journeys.on(Plans.seniorLeader()).gateway("2025-01-06")
        .then(assessed("2025-02-03", "project", "Distinction"))
        .then(assessed("2025-02-10", "discussion", "Pass")).asOf("2025-02-10").overallGrade();
    assertThat(first.explanation().verdicts().map(v -> v.finding().reasons().head()))
        .containsExactly("the grading table gives Pass", "no method was failed", "first attempt: no cap");
    assertThat(first.explanation().verdicts().head().finding().read().get("method grades").get())
        .isEqualTo("project=Distinction, discussion=Pass");

    OverallGrade failed = failedProject(Plans.seniorLeader()).asOf("2025-02-14").overallGrade();
    assertThat(failed.explanation().verdicts().map(v -> v.finding().reasons().head()))
        .containsExactly("a failed method decides the overall grade", "failed project, so the overall grade is Fail",
            "first attempt: no cap");
    assertThat(failed.explanation().verdict(EpaRules.GRADE_FAILED_METHOD.id()).get().finding().read()
        .get("failed methods").get()).isEqualTo("project");

    OverallGrade capped = failedProject(Plans.seniorLeader())
        .then(Fact.FurtherAttemptBooked.resit(day("2025-03-01"), Set.of(PROJECT)))
        .then(assessed("2025-03-10", "project", "Distinction")).asOf("2025-03-10").overallGrade();
    Verdict cap = capped.explanation().verdict(EpaRules.CAP.id()).get();
    assertThat(cap.finding().reasons().head()).isEqualTo("Distinction is capped at Pass after a resit");
    assertThat(cap.finding().read().toJavaMap()).containsEntry("cap", "Pass").containsEntry("uncapped", "Distinction");

    OverallGrade within = failedProject(Plans.seniorLeader())
        .then(Fact.FurtherAttemptBooked.retake(day("2025-03-01"), Set.of(PROJECT)))
        .then(new Fact.FurtherTrainingCompleted(day("2025-03-05")))
        .then(assessed("2025-03-10", "project", "Pass")).asOf("2025-03-10").overallGrade();
    assertThat(within.explanation().verdict(EpaRules.CAP.id()).get().finding().reasons().head())
        .isEqualTo("Pass is within the cap Pass");

    OverallGrade lifted = failedProject(Plans.seniorLeader())
        .then(Fact.FurtherAttemptBooked.resit(day("2025-03-01"), Set.of(PROJECT)))
        .then(new Fact.ExceptionalCircumstancesDetermined(day("2025-03-02")))
        .then(assessed("2025-03-10", "project", "Distinction")).asOf("2025-03-10").overallGrade();
    assertThat(lifted.explanation().verdict(EpaRules.CAP.id()).get().finding().reasons().head())
        .isEqualTo("exceptional circumstances were determined, which lifts the cap Pass");

    OverallGrade uncapped = Journeys.on(Plans.businessAdministrator()).gateway("2025-01-06")
        .then(assessed("2025-02-03", "test", "Fail")).then(assessed("2025-02-10", "portfolio", "Pass"))
        .notified("2025-02-14")
        .then(Fact.FurtherAttemptBooked.resit(day("2025-03-01"), Set.of(MethodId.of("test"))))
        .then(assessed("2025-03-10", "test", "Pass")).asOf("2025-03-10").overallGrade();
    assertThat(uncapped.explanation().verdict(EpaRules.CAP.id()).get().finding().reasons().head())
        .isEqualTo("the plan sets no cap after a resit");

    OverallGrade awaiting = Journeys.on(Plans.seniorLeader()).gateway("2025-01-06").asOf("2025-01-06").overallGrade();
    assertThat(awaiting.determined()).isFalse();
    assertThat(awaiting.explanation().verdicts().head().finding().reasons().head())
        .isEqualTo("methods awaiting assessment: discussion, project");
  }

  @Test
  void nextStepsBeforeAndDuringAssessment() {
    JourneySnapshot none = Journeys.on(Plans.seniorLeader()).asOf("2025-01-01");
    assertThat(none.nextSteps().map(NextStep::action)).containsExactly(
        NextStep.Action.PASS_GATEWAY, NextStep.Action.ASSESS_METHOD, NextStep.Action.ASSESS_METHOD);
    assertThat(none.nextSteps().filter(NextStep::allowed).map(NextStep::action)).containsExactly(NextStep.Action.PASS_GATEWAY);
    assertThat(none.nextSteps().last().explanation().violations().map(v -> v.ruleId().value())).contains("EPA-GATEWAY-01");
    JourneySnapshot started = Journeys.on(Plans.seniorLeader()).gateway("2025-01-06").asOf("2025-01-07");
    var steps = started.nextSteps();
    assertThat(steps.filter(s -> s.action() == NextStep.Action.ASSESS_METHOD).map(s -> s.methods().head()))
        .containsExactly(PROJECT, DISCUSSION);
    assertThat(steps.find(s -> s.action() == NextStep.Action.ASSESS_METHOD).get().explanation()
        .verdict(EpaRules.METHOD_MARK.id()).isEmpty()).isTrue();
    NextStep notify = steps.find(s -> s.action() == NextStep.Action.NOTIFY_OUTCOME).get();
    assertThat(notify.allowed()).isFalse();
    assertThat(steps.exists(s -> s.action() == NextStep.Action.RESIT)).isFalse();
    JourneySnapshot scored = Journeys.on(Plans.leadAdultCareWorker()).gateway("2025-01-06").asOf("2025-01-07");
    assertThat(scored.nextSteps().filter(s -> s.action() == NextStep.Action.ASSESS_METHOD).map(NextStep::allowed))
        .containsExactly(true, false);
  }

  @Test
  void nextStepsOfAFurtherAttemptNameTheirRequirementsAndDeadlines() {
    AssessmentPlan plan = Plans.seniorLeader(ResitRetakePolicy.builder().feeConfirmationRequired(true)
        .freshMaterialsRequired(true).build());
    var steps = failedProject(plan).asOf("2025-02-20").nextSteps();
    NextStep resit = steps.find(s -> s.action() == NextStep.Action.RESIT).get();
    assertThat(resit.requirements()).containsExactly(
        "the employer's agreement that a resit is appropriate", "the fee confirmed with the employer",
        "assessment materials the apprentice has not seen");
    NextStep retake = steps.find(s -> s.action() == NextStep.Action.RETAKE).get();
    assertThat(retake.requirements()).contains("the employer's agreement that a retake is appropriate",
        "further training completed before the assessment");
    assertThat(retake.deadline()).contains(day("2025-08-14"));
    NextStep appeal = steps.find(s -> s.action() == NextStep.Action.LODGE_APPEAL).get();
    assertThat(appeal.deadline()).contains(day("2025-03-14"));
    assertThat(steps.find(s -> s.action() == NextStep.Action.NOTIFY_OUTCOME)).isEmpty();

    var booked = failedProject(plan).then(Fact.FurtherAttemptBooked.retake(day("2025-03-01"), Set.of(PROJECT)))
        .asOf("2025-03-02").nextSteps();
    NextStep training = booked.find(s -> s.action() == NextStep.Action.COMPLETE_FURTHER_TRAINING).get();
    assertThat(training.allowed()).isTrue();
    assertThat(training.deadline()).contains(day("2025-08-14"));
    var resitBooked = failedProject(plan).then(Fact.FurtherAttemptBooked.resit(day("2025-03-01"), Set.of(PROJECT)))
        .asOf("2025-03-02").nextSteps();
    assertThat(resitBooked.exists(s -> s.action() == NextStep.Action.COMPLETE_FURTHER_TRAINING)).isFalse();
    assertThat(resitBooked.find(s -> s.action() == NextStep.Action.ASSESS_METHOD).get().deadline())
        .contains(day("2025-05-14"));
  }

  @Test
  void wholeEpaAfterTwoFailsIsOfferedAsAResitOfBothOrARetakeOfBoth() {
    var steps = Journeys.on(Plans.wholeEpaWhenTwoFail()).gateway("2025-01-06")
        .then(assessed("2025-02-03", "observation", "Fail")).then(assessed("2025-02-04", "interview", "Fail"))
        .notified("2025-02-10").asOf("2025-02-11").nextSteps();
    assertThat(steps.find(s -> s.action() == NextStep.Action.RESIT).get().methods()).hasSize(2);
    assertThat(steps.find(s -> s.action() == NextStep.Action.RETAKE).get().methods()).hasSize(2);
  }

  @Test
  void resultStatementSaysWhetherTrainingIsNeeded() {
    assertThat(failedProject(Plans.seniorLeader()).asOf("2025-02-15").resultStatement().get()
        .furtherTrainingNeeded()).isEmpty();
    assertThat(failedProject(Plans.seniorLeader())
        .then(new Fact.FurtherAttemptRecommended(day("2025-02-15"), AttemptKind.RETAKE))
        .asOf("2025-02-15").resultStatement().get().furtherTrainingNeeded()).contains(true);
    assertThat(failedProject(Plans.seniorLeader())
        .then(Fact.FurtherAttemptBooked.resit(day("2025-02-20"), Set.of(PROJECT)))
        .asOf("2025-02-20").resultStatement().get().furtherTrainingNeeded()).contains(false);
    // one attempt allowed and used: no resit or retake deadline any more
    var used = Journeys.on(Plans.leadAdultCareWorker()).gateway("2025-01-06")
        .then(scored("2025-02-03", "test", 30)).then(assessed("2025-02-10", "discussion", "Pass"))
        .notified("2025-02-14")
        .then(Fact.FurtherAttemptBooked.resit(day("2025-02-20"), Set.of(MethodId.of("test"))))
        .then(scored("2025-03-03", "test", 38)).notified("2025-03-07")
        .asOf("2025-03-08").resultStatement().get();
    assertThat(used.resitDeadline()).isEmpty();
    assertThat(used.retakeDeadline()).isEmpty();
    // a plan with a hard window: past it, only the whole EPA, so a partial resit is no longer offered
    var late = failedProject(Plans.seniorLeader()).asOf("2025-09-01").resultStatement().get();
    assertThat(late.wholeEpaRequired()).isTrue();
    assertThat(late.resitDeadline()).isEmpty();
    assertThat(late.retakeDeadline()).isEmpty();
    AssessmentPlan noHardWindow = Plans.seniorLeader(ResitRetakePolicy.builder().noHardWindow()
        .retakeWindow(Period.ofMonths(12)).build());
    assertThat(failedProject(noHardWindow).asOf("2025-09-01").resultStatement().get().retakeDeadline())
        .contains(day("2026-02-14"));
  }

  @Test
  void withdrawalEndsTheJourney() {
    JourneySnapshot s = failedProject(Plans.seniorLeader()).then(new Fact.Withdrawn(day("2025-02-20")))
        .asOf("2025-02-20");
    assertThat(s.status()).isEqualTo(JourneyStatus.WITHDRAWN);
    assertThat(s.notificationsOwed()).isEmpty();
    assertThat(s.nextSteps().exists(NextStep::allowed)).isFalse();
  }

  @Test
  void snapshotsAndJourneysAreValues() {
    Journeys j = failedProject(Plans.seniorLeader());
    Journeys same = failedProject(Plans.seniorLeader());
    JourneySnapshot a = j.asOf("2025-02-20");
    JourneySnapshot b = same.asOf("2025-02-20");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(j.asOf("2025-02-21")).isNotEqualTo("x");
    assertThat(a.asOf()).isEqualTo(day("2025-02-20"));
    assertThat(a.toString()).isEqualTo("JourneySnapshot[Apprentice[Uln[10******04]], 2025-02-20, FAILED]");
    assertThat(j.journey()).isEqualTo(same.journey()).hasSameHashCodeAs(same.journey())
        .isNotEqualTo(Journey.start(Plans.seniorLeader(), Journeys.APPRENTICE));
    assertThat(j.journey().toString()).isEqualTo("Journey[Apprentice[Uln[10******04]], ST0480 1.0, 4 facts]");
    assertThat(j.journey().plan()).isEqualTo(Plans.seniorLeader());
    assertThat(j.journey().apprentice()).isEqualTo(Journeys.APPRENTICE);
  }

  @Test
  void findingsAreValues() {
    Finding a = Finding.violated(() -> "late").reading("deadline", day("2025-05-14"));
    Finding b = Finding.violated("late").reading("deadline", "2025-05-14");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(Finding.satisfied("late"));
    assertThat(a.toString()).isEqualTo("VIOLATED: late (deadline = 2025-05-14)");
    assertThat(Finding.satisfied().reasons()).isEmpty();
    assertThat(Finding.satisfied(() -> "fine").reasons()).containsExactly("fine");
    assertThat(new Finding(Finding.Status.NOT_APPLICABLE, io.vavr.collection.List.of("n/a"),
        io.vavr.collection.LinkedHashMap.of("x", "1")).read().get("x").get()).isEqualTo("1");
  }
}
