package dev.epakit.core.journey;

import static dev.epakit.core.Contracts.assertDifferentValues;
import static dev.epakit.core.Contracts.assertEqualValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epakit.core.identity.AssessorId;
import dev.epakit.core.plan.MethodId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FactTest {

  private static final LocalDate DAY = LocalDate.of(2024, 12, 11);
  private static final MethodId PROJECT = MethodId.of("project");
  private static final MethodId DISCUSSION = MethodId.of("discussion");

  /** One way to make each kind of fact on a given day, with its expected kind. */
  private static final Map<String, Function<LocalDate, Fact>> EXAMPLES = new LinkedHashMap<>();

  static {
    EXAMPLES.put("gateway-passed", Fact.GatewayPassed::new);
    EXAMPLES.put("method-assessed",
        d -> new Fact.MethodAssessed(d, PROJECT, Mark.grade("Merit"), AssessorId.of("A-017")));
    EXAMPLES.put("outcome-notified", Fact.OutcomeNotified::new);
    EXAMPLES.put("further-attempt-recommended", d -> new Fact.FurtherAttemptRecommended(d, AttemptKind.RESIT));
    EXAMPLES.put("resit-booked", d -> Fact.FurtherAttemptBooked.resit(d, Set.of(PROJECT)));
    EXAMPLES.put("further-training-completed", Fact.FurtherTrainingCompleted::new);
    EXAMPLES.put("exceptional-circumstances-determined", Fact.ExceptionalCircumstancesDetermined::new);
    EXAMPLES.put("appeal-lodged", Fact.AppealLodged::new);
    EXAMPLES.put("appeal-decided", Fact.AppealDecided::rejected);
    EXAMPLES.put("result-shared", Fact.ResultShared::withAll);
    EXAMPLES.put("written-agreement-recorded",
        d -> new Fact.WrittenAgreementRecorded(d, Party.APPRENTICE, AgreementPurpose.CERTIFICATE));
    EXAMPLES.put("certificate-requested", Fact.CertificateRequested::throughService);
    EXAMPLES.put("success-story-shared", Fact.SuccessStoryShared::new);
    EXAMPLES.put("withdrawn", Fact.Withdrawn::new);
  }

  static Stream<String> kinds() {
    return EXAMPLES.keySet().stream();
  }

  @Test
  void everyKindOfFactIsCovered() {
    Set<Class<?>> covered = new HashSet<>();
    EXAMPLES.values().forEach(make -> covered.add(make.apply(DAY).getClass()));
    assertThat(covered).containsExactlyInAnyOrder(Fact.class.getPermittedSubclasses());
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void factsOfTheSameDayAreEqualAndOfAnotherDayDiffer(String kind) {
    Function<LocalDate, Fact> make = EXAMPLES.get(kind);
    assertEqualValues(make.apply(DAY), make.apply(LocalDate.of(2024, 12, 11)));
    assertDifferentValues(make.apply(DAY), make.apply(DAY.plusDays(1)));
    assertThat(make.apply(DAY).date()).isEqualTo(DAY);
    assertThat(make.apply(DAY).kind()).isEqualTo(kind);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void everyFactNeedsADate(String kind) {
    assertThatThrownBy(() -> EXAMPLES.get(kind).apply(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void kindsAreDistinctAcrossTypes() {
    assertThat(EXAMPLES.values().stream().map(make -> make.apply(DAY)).map(Fact::kind)).doesNotHaveDuplicates();
    assertThat(Fact.FurtherAttemptBooked.retake(DAY, Set.of(PROJECT)).kind()).isEqualTo("retake-booked");
  }

  @Test
  void methodAssessedComponentsAreRequired() {
    Mark merit = Mark.grade("Merit");
    AssessorId assessor = AssessorId.of("A-017");
    assertThatThrownBy(() -> new Fact.MethodAssessed(DAY, null, merit, assessor)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Fact.MethodAssessed(DAY, PROJECT, null, assessor)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Fact.MethodAssessed(DAY, PROJECT, merit, null)).isInstanceOf(NullPointerException.class);
    assertDifferentValues(
        new Fact.MethodAssessed(DAY, PROJECT, merit, assessor),
        new Fact.MethodAssessed(DAY, PROJECT, Mark.score(55), assessor));
    assertDifferentValues(
        new Fact.MethodAssessed(DAY, PROJECT, merit, assessor),
        new Fact.MethodAssessed(DAY, PROJECT, merit, AssessorId.of("A-018")));
  }

  // GOV.UK guidance: "A resit involves the apprentice sitting one or more failed EPA components
  // again": a booking names at least one method.
  @Test
  void aBookingWithoutMethodsIsRefused() {
    assertThatThrownBy(() -> Fact.FurtherAttemptBooked.resit(DAY, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one method");
    assertThatThrownBy(() -> new Fact.FurtherAttemptBooked(DAY, AttemptKind.RETAKE, new HashSet<>(), true, true, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fact.FurtherAttemptBooked.resit(DAY, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Fact.FurtherAttemptBooked(DAY, null, Set.of(PROJECT), true, true, true))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aBookingCopiesItsMethods() {
    Set<MethodId> methods = new HashSet<>(Set.of(PROJECT));
    Fact.FurtherAttemptBooked booking = Fact.FurtherAttemptBooked.resit(DAY, methods);
    methods.add(DISCUSSION);
    methods.remove(PROJECT);
    assertThat(booking.methods()).containsExactly(PROJECT);
  }

  @Test
  void aBookingsMethodsCannotBeModified() {
    Fact.FurtherAttemptBooked booking = Fact.FurtherAttemptBooked.retake(DAY, Set.of(PROJECT, DISCUSSION));
    assertThatThrownBy(() -> booking.methods().add(MethodId.of("test"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> booking.methods().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(booking.methods()).containsExactlyInAnyOrder(PROJECT, DISCUSSION);
  }

  @Test
  void bookingEqualityIgnoresTheKindOfSetGiven() {
    assertEqualValues(
        Fact.FurtherAttemptBooked.resit(DAY, Set.of(PROJECT, DISCUSSION)),
        Fact.FurtherAttemptBooked.resit(DAY, new HashSet<>(java.util.List.of(DISCUSSION, PROJECT))));
    assertDifferentValues(
        Fact.FurtherAttemptBooked.resit(DAY, Set.of(PROJECT)),
        Fact.FurtherAttemptBooked.resit(DAY, Set.of(PROJECT, DISCUSSION)));
    assertDifferentValues(
        Fact.FurtherAttemptBooked.resit(DAY, Set.of(PROJECT)),
        Fact.FurtherAttemptBooked.retake(DAY, Set.of(PROJECT)));
    assertDifferentValues(
        Fact.FurtherAttemptBooked.resit(DAY, Set.of(PROJECT)),
        new Fact.FurtherAttemptBooked(DAY, AttemptKind.RESIT, Set.of(PROJECT), false, true, true));
  }

  @Test
  void resitAndRetakeFactoriesRecordAgreementFeeAndFreshMaterials() {
    for (Fact.FurtherAttemptBooked booking : new Fact.FurtherAttemptBooked[] {
        Fact.FurtherAttemptBooked.resit(DAY, Set.of(PROJECT)), Fact.FurtherAttemptBooked.retake(DAY, Set.of(PROJECT))}) {
      assertThat(booking.employerAgreed()).isTrue();
      assertThat(booking.feeConfirmed()).isTrue();
      assertThat(booking.freshMaterials()).isTrue();
    }
    assertThat(Fact.FurtherAttemptBooked.resit(DAY, Set.of(PROJECT)).attempt()).isEqualTo(AttemptKind.RESIT);
    assertThat(Fact.FurtherAttemptBooked.retake(DAY, Set.of(PROJECT)).attempt()).isEqualTo(AttemptKind.RETAKE);
  }

  // GOV.UK guidance: "share their results with the apprentice, their employer and their training
  // provider": a result is shared with at least one of them.
  @Test
  void aResultSharedWithNoPartyIsRefused() {
    assertThatThrownBy(() -> new Fact.ResultShared(DAY, Set.of(), true, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one party");
    assertThatThrownBy(() -> new Fact.ResultShared(DAY, EnumSet.noneOf(Party.class), false, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Fact.ResultShared(DAY, null, true, true)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void sharedPartiesAreCopiedAndUnmodifiable() {
    Set<Party> parties = new HashSet<>(Set.of(Party.APPRENTICE));
    Fact.ResultShared shared = new Fact.ResultShared(DAY, parties, true, false);
    parties.add(Party.EMPLOYER);
    assertThat(shared.parties()).containsExactly(Party.APPRENTICE);
    assertThatThrownBy(() -> shared.parties().add(Party.PROVIDER)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void withAllSharesWithTheThreePartiesTheResultStatementAndTheAppealsProcess() {
    Fact.ResultShared shared = Fact.ResultShared.withAll(DAY);
    assertThat(shared.parties()).containsExactlyInAnyOrder(Party.APPRENTICE, Party.EMPLOYER, Party.PROVIDER);
    assertThat(shared.resultStatement()).isTrue();
    assertThat(shared.appealsProcess()).isTrue();
    assertEqualValues(shared, new Fact.ResultShared(DAY, Set.of(Party.values()), true, true));
    assertDifferentValues(shared, new Fact.ResultShared(DAY, Set.of(Party.APPRENTICE, Party.EMPLOYER), true, true));
    assertDifferentValues(shared, new Fact.ResultShared(DAY, Set.of(Party.values()), false, true));
  }

  @Test
  void appealDecisions() {
    Fact.AppealDecided upheld = Fact.AppealDecided.upheld(DAY, PROJECT, "Pass");
    assertThat(upheld.upheld()).isTrue();
    assertThat(upheld.regrade()).contains(new Fact.Regrade(PROJECT, "Pass"));
    assertThat(Fact.AppealDecided.rejected(DAY).upheld()).isFalse();
    assertDifferentValues(upheld, Fact.AppealDecided.rejected(DAY));
    assertDifferentValues(upheld, Fact.AppealDecided.upheld(DAY, PROJECT, "Merit"));
    assertThatThrownBy(() -> new Fact.AppealDecided(DAY, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Fact.Regrade(null, "Pass")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Fact.Regrade(PROJECT, null)).isInstanceOf(NullPointerException.class);
  }

  // GOV.UK guidance: "EPAOs should not issue their own certificates"; the other route exists so it
  // can be recorded and refused.
  @Test
  void certificateRoutes() {
    assertThat(Fact.CertificateRequested.throughService(DAY).route())
        .isEqualTo(CertificateRoute.APPRENTICE_ASSESSMENT_SERVICE);
    assertDifferentValues(
        Fact.CertificateRequested.throughService(DAY), new Fact.CertificateRequested(DAY, CertificateRoute.ISSUED_BY_EPAO));
    assertThatThrownBy(() -> new Fact.CertificateRequested(DAY, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void otherComponentsAreRequired() {
    assertThatThrownBy(() -> new Fact.FurtherAttemptRecommended(DAY, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Fact.WrittenAgreementRecorded(DAY, null, AgreementPurpose.PUBLICITY))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Fact.WrittenAgreementRecorded(DAY, Party.EMPLOYER, null))
        .isInstanceOf(NullPointerException.class);
    assertDifferentValues(
        new Fact.WrittenAgreementRecorded(DAY, Party.APPRENTICE, AgreementPurpose.CERTIFICATE),
        new Fact.WrittenAgreementRecorded(DAY, Party.APPRENTICE, AgreementPurpose.PUBLICITY));
  }

  @Test
  void vocabulariesAreThoseOfTheGuidance() {
    // "share their results with the apprentice, their employer and their training provider"
    assertThat(Party.values()).containsExactly(Party.APPRENTICE, Party.EMPLOYER, Party.PROVIDER);
    assertThat(Arrays.asList(AttemptKind.values())).containsExactly(AttemptKind.RESIT, AttemptKind.RETAKE);
  }
}
