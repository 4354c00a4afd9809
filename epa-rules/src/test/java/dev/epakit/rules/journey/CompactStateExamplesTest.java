package dev.epakit.rules.journey;

import static dev.epakit.rules.journey.Journeys.assessed;
import static dev.epakit.rules.journey.Journeys.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.journey.AgreementPurpose;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Party;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import dev.epakit.core.plan.ResitRetakePolicy;
import dev.epakit.rules.Violation;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cases the compact journey state and the quick checks must get right that ordinary journeys
 * rarely reach: plans whose table and fail rule disagree, table gaps after an appeal, sharing
 * that starts again, partial sharing, and the hard window of a partial resit.
 */
class CompactStateExamplesTest {

  private static final MethodId PROJECT = MethodId.of("project");
  private static final MethodId DISCUSSION = MethodId.of("discussion");

  private static AssessmentPlan.Builder twoMethods() {
    GradeScale fpd = GradeScale.failPassDistinction();
    return AssessmentPlan.builder(Standard.of("ST0480", "1.0"))
        .method(AssessmentMethod.graded("project", "Project", fpd))
        .method(AssessmentMethod.graded("discussion", "Discussion", fpd))
        .overallScale(fpd);
  }

  @Test
  void aFailedMethodFailsOverallWhateverTheTableSays() {
    AssessmentPlan plan = twoMethods().row("*", "*", "Pass").buildOrThrow();
    Journeys j = Journeys.on(plan).gateway("2025-01-06")
        .then(assessed("2025-02-03", "project", "Fail")).then(assessed("2025-02-10", "discussion", "Pass"))
        .notified("2025-02-14");
    assertThat(j.asOf("2025-02-14").notifiedGrade().get().name()).isEqualTo("Fail");
    assertThat(j.asOf("2025-02-14").status()).isEqualTo(JourneyStatus.FAILED);
  }

  @Test
  void aPassWithAFailedMethodStillBarsTheCertificate() {
    AssessmentPlan plan = twoMethods().failedMethodMayPass(true)
        .row("*", "Fail", "Fail").row("Fail", "Distinction", "Pass").row("Fail", "Pass", "Fail")
        .row("Pass+", "Pass+", "Pass").buildOrThrow();
    Journeys j = Journeys.on(plan).gateway("2025-01-06")
        .then(assessed("2025-02-03", "project", "Fail")).then(assessed("2025-02-10", "discussion", "Distinction"))
        .notified("2025-02-14")
        .then(Fact.ResultShared.withAll(day("2025-02-15")))
        .then(new Fact.WrittenAgreementRecorded(day("2025-02-16"), Party.APPRENTICE, AgreementPurpose.CERTIFICATE));
    assertThat(j.asOf("2025-02-16").notifiedGrade().get().name()).isEqualTo("Pass");
    var violations = j.violations(Fact.CertificateRequested.throughService(day("2025-02-17")));
    assertThat(violations.map(v -> v.ruleId().value())).containsExactly("EPA-CERT-01");
    assertThat(violations.head().reasons()).containsExactly("components not achieved: project");
    assertThat(j.asOf("2025-02-17").certificateReadiness().ready()).isFalse();
  }

  @Test
  void anUpheldAppealIntoAGapOfTheTableIsRefused() {
    AssessmentPlan plan = twoMethods()
        .row("Fail", "*", "Fail").row("*", "Fail", "Fail").row("Pass", "Pass", "Pass").buildOrThrow();
    Journeys j = Journeys.on(plan).gateway("2025-01-06")
        .then(assessed("2025-02-03", "project", "Pass")).then(assessed("2025-02-10", "discussion", "Pass"))
        .notified("2025-02-14")
        .then(new Fact.AppealLodged(day("2025-02-20")));
    var violations = j.violations(Fact.AppealDecided.upheld(day("2025-03-01"), PROJECT, "Distinction"));
    assertThat(violations.map(v -> v.ruleId().value())).containsExactly("EPA-GRADE-01");
    assertThat(violations.head().reasons().head()).contains("no row of the grading table matches");
    j.then(Fact.AppealDecided.upheld(day("2025-03-01"), PROJECT, "Fail"));
    assertThat(j.asOf("2025-03-01").notifiedGrade().get().name()).isEqualTo("Fail");
  }

  @Test
  void aNewOutcomeIsOwedAgainButAgreementsStand() {
    Journeys j = Journeys.on(Plans.seniorLeader()).gateway("2025-01-06")
        .then(assessed("2025-02-03", "project", "Fail")).then(assessed("2025-02-10", "discussion", "Pass"))
        .notified("2025-02-14")
        .then(Fact.ResultShared.withAll(day("2025-02-15")))
        .then(new Fact.WrittenAgreementRecorded(day("2025-02-16"), Party.APPRENTICE, AgreementPurpose.CERTIFICATE))
        .then(Fact.FurtherAttemptBooked.resit(day("2025-03-01"), Set.of(PROJECT)))
        .then(assessed("2025-03-20", "project", "Pass"));
    assertThat(j.asOf("2025-03-20").notificationsOwed()).isEmpty();
    j.notified("2025-03-25");
    assertThat(j.asOf("2025-03-25").notificationsOwed()).extracting(Notification::what)
        .containsOnly(Notification.What.RESULT).hasSize(3);
    j.then(Fact.ResultShared.withAll(day("2025-03-26")));
    assertThat(j.asOf("2025-03-26").certificateReadiness().ready()).as("the agreement still stands").isTrue();
  }

  @Test
  void anUpheldAppealIsOwedAgain() {
    Journeys j = Journeys.on(Plans.seniorLeader()).gateway("2025-01-06")
        .then(assessed("2025-02-03", "project", "Pass")).then(assessed("2025-02-10", "discussion", "Pass"))
        .notified("2025-02-14")
        .then(Fact.ResultShared.withAll(day("2025-02-15")))
        .then(new Fact.AppealLodged(day("2025-02-20")));
    assertThat(j.asOf("2025-02-20").notificationsOwed()).isEmpty();
    j.then(Fact.AppealDecided.rejected(day("2025-03-01")));
    assertThat(j.asOf("2025-03-01").notificationsOwed()).as("a rejected appeal changes nothing").isEmpty();
    j.then(new Fact.AppealLodged(day("2025-03-02")))
        .then(Fact.AppealDecided.upheld(day("2025-03-10"), DISCUSSION, "Distinction"));
    assertThat(j.asOf("2025-03-10").notificationsOwed()).extracting(Notification::what)
        .containsOnly(Notification.What.RESULT).hasSize(3);
  }

  @Test
  void statementsAndTheAppealsProcessAreOwedPartyByParty() {
    Journeys j = Journeys.on(Plans.seniorLeader()).gateway("2025-01-06")
        .then(assessed("2025-02-03", "project", "Fail")).then(assessed("2025-02-10", "discussion", "Pass"))
        .notified("2025-02-14")
        .then(new Fact.ResultShared(day("2025-02-15"), EnumSet.of(Party.EMPLOYER), false, true))
        .then(new Fact.ResultShared(day("2025-02-15"), EnumSet.of(Party.PROVIDER), true, false));
    assertThat(j.asOf("2025-02-15").notificationsOwed()).extracting(n -> n.party() + " " + n.what()).containsExactly(
        "APPRENTICE RESULT", "APPRENTICE RESULT_STATEMENT", "EMPLOYER RESULT_STATEMENT", "PROVIDER APPEALS_PROCESS");
    j.then(new Fact.ResultShared(day("2025-02-16"), EnumSet.of(Party.APPRENTICE), true, false));
    assertThat(j.asOf("2025-02-16").notificationsOwed()).extracting(n -> n.party() + " " + n.what()).containsExactly(
        "EMPLOYER RESULT_STATEMENT", "PROVIDER APPEALS_PROCESS");
  }

  @Test
  void aPartialResitEndsWithTheHardWindowEvenInsideALongerResitWindow() {
    AssessmentPlan plan = Plans.seniorLeader(ResitRetakePolicy.builder()
        .resitWindow(Period.ofMonths(12)).retakeWindow(Period.ofMonths(12)).hardWindow(Period.ofMonths(6)).build());
    Journeys j = Journeys.on(plan).gateway("2025-01-06")
        .then(assessed("2025-02-03", "project", "Fail")).then(assessed("2025-02-10", "discussion", "Pass"))
        .notified("2025-02-14")
        .then(Fact.FurtherAttemptBooked.resit(day("2025-03-01"), Set.of(PROJECT)));
    var violations = j.violations(assessed("2025-08-15", "project", "Pass"));
    assertThat(violations.map(Violation::ruleId).map(Object::toString)).containsExactly("EPA-WINDOW-03");
    j.then(assessed("2025-08-14", "project", "Pass"));
  }

  @Test
  void aWholeRetakeStartsTheHardWindowAgain() {
    Journeys j = Journeys.on(Plans.seniorLeader()).gateway("2025-01-06")
        .then(assessed("2025-02-03", "project", "Fail")).then(assessed("2025-02-10", "discussion", "Fail"))
        .notified("2025-02-14")
        .then(Fact.FurtherAttemptBooked.retake(day("2025-03-01"), Set.of(PROJECT, DISCUSSION)))
        .then(new Fact.FurtherTrainingCompleted(day("2025-04-01")))
        .then(assessed("2025-07-01", "project", "Fail")).then(assessed("2025-07-02", "discussion", "Pass"))
        .notified("2025-07-04")
        .then(Fact.FurtherAttemptBooked.resit(day("2025-08-01"), Set.of(PROJECT)));
    // six months from the retake's outcome, not from the first fail
    j.then(assessed("2025-09-15", "project", "Pass"));
    assertThat(j.asOf("2025-09-15").status()).isEqualTo(JourneyStatus.AWAITING_NOTIFICATION);
  }

  @Test
  void refusedAssessmentsSayWhatTheAttemptCovers() {
    Journeys j = Journeys.on(Plans.seniorLeader()).gateway("2025-01-06")
        .then(assessed("2025-02-03", "project", "Fail")).then(assessed("2025-02-10", "discussion", "Pass"))
        .notified("2025-02-14")
        .then(Fact.FurtherAttemptBooked.resit(day("2025-03-01"), Set.of(PROJECT)));
    assertThat(j.violations(assessed("2025-03-10", "discussion", "Distinction")).head().reasons())
        .containsExactly("discussion is not part of this resit (it covers project)");
    j.then(assessed("2025-03-10", "project", "Pass"));
    assertThat(j.violations(assessed("2025-03-11", "project", "Distinction")).head().reasons())
        .containsExactly("project was already assessed in this attempt");
  }

  @Test
  void agreementsAndSharingAreKeptApartPartyByParty() {
    Journeys j = Journeys.on(Plans.seniorLeader()).gateway("2025-01-06")
        .then(assessed("2025-02-03", "project", "Fail")).then(assessed("2025-02-10", "discussion", "Pass"))
        .notified("2025-02-14")
        .then(new Fact.WrittenAgreementRecorded(day("2025-02-15"), Party.EMPLOYER, AgreementPurpose.PUBLICITY))
        .then(new Fact.WrittenAgreementRecorded(day("2025-02-15"), Party.PROVIDER, AgreementPurpose.PUBLICITY))
        .then(new Fact.ResultShared(day("2025-02-16"), EnumSet.of(Party.EMPLOYER), true, false));
    assertThat(j.asOf("2025-02-16").notificationsOwed()).extracting(n -> n.party() + " " + n.what()).containsExactly(
        "APPRENTICE RESULT", "APPRENTICE RESULT_STATEMENT", "EMPLOYER APPEALS_PROCESS", "PROVIDER RESULT",
        "PROVIDER APPEALS_PROCESS");
    JourneyState state = JourneyState.initial(PlanIndex.of(Plans.seniorLeader()));
    for (Fact f : j.journey().facts()) {
      state = state.apply(f);
    }
    // the rules refuse these, but the state keeps every agreement apart from the sharing
    state = state.apply(new Fact.WrittenAgreementRecorded(day("2025-02-16"), Party.EMPLOYER, AgreementPurpose.CERTIFICATE));
    state = state.apply(new Fact.WrittenAgreementRecorded(day("2025-02-16"), Party.PROVIDER, AgreementPurpose.CERTIFICATE));
    assertThat(state.agreed(AgreementPurpose.CERTIFICATE, Party.APPRENTICE)).isFalse();
    assertThat(state.agreed(AgreementPurpose.CERTIFICATE, Party.EMPLOYER)).isTrue();
    assertThat(state.agreed(AgreementPurpose.PUBLICITY, Party.APPRENTICE)).isFalse();
    assertThat(state.allAgreed(AgreementPurpose.PUBLICITY)).isFalse();
    assertThat(state.appealsProcessTo(Party.EMPLOYER)).isFalse();
    assertThat(state.appealsProcessTo(Party.PROVIDER)).isFalse();
    assertThat(state.statementTo(Party.EMPLOYER)).isTrue();
    assertThat(state.toString()).contains("gateway 2025-01-06", "last fact 2025-02-16", "scope discussion, project");
    state = state.apply(new Fact.WrittenAgreementRecorded(day("2025-02-17"), Party.APPRENTICE, AgreementPurpose.PUBLICITY));
    assertThat(state.allAgreed(AgreementPurpose.PUBLICITY)).isTrue();
    assertThat(state.agreed(AgreementPurpose.CERTIFICATE, Party.APPRENTICE)).isFalse();
  }

  @Test
  void snapshotsOfDifferentStatesDiffer() {
    Journeys a = Journeys.on(Plans.seniorLeader()).gateway("2025-01-06").then(assessed("2025-02-03", "project", "Pass"));
    Journeys b = Journeys.on(Plans.seniorLeader()).gateway("2025-01-06").then(assessed("2025-02-03", "project", "Distinction"));
    Journeys c = Journeys.on(Plans.seniorLeader()).gateway("2025-01-06").then(assessed("2025-02-03", "project", "Pass"));
    assertThat(a.asOf("2025-03-01")).isNotEqualTo(b.asOf("2025-03-01"))
        .isEqualTo(c.asOf("2025-03-01")).hasSameHashCodeAs(c.asOf("2025-03-01"));
  }
}
