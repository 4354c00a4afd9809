package dev.epakit.core.plan;

import static dev.epakit.core.Contracts.assertDifferentValues;
import static dev.epakit.core.Contracts.assertEqualValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ResitRetakePolicyTest {

  // DESIGN.md section 4, common plan wording (e.g. Senior leader plan, 2020): "Employer must agree
  // that a resit or retake is appropriate"; "Only failed methods are re-sat/re-taken"; "A resit is
  // typically taken within 3 months, a retake within 6 months of the outcome notification; all
  // methods within 6 months"; "The overall grade after a resit/retake is capped at pass unless the
  // EPAO determines there are exceptional circumstances"; appeals: "20 working days" is seen;
  // retention: "six years is common practice".
  @Test
  void typicalPolicyFollowsTheCommonPlanWording() {
    ResitRetakePolicy typical = ResitRetakePolicy.typical();
    assertThat(typical.employerAgreementRequired()).isTrue();
    assertThat(typical.feeConfirmationRequired()).isFalse();
    assertThat(typical.wholeEpaWhenMoreThanFailed()).isEmpty();
    assertThat(typical.resitWindow()).isEqualTo(Period.ofMonths(3));
    assertThat(typical.retakeWindow()).isEqualTo(Period.ofMonths(6));
    assertThat(typical.hardWindow()).contains(Period.ofMonths(6));
    assertThat(typical.resitCap()).contains("Pass");
    assertThat(typical.retakeCap()).contains("Pass");
    assertThat(typical.exceptionalCircumstancesLiftCap()).isTrue();
    assertThat(typical.attemptLimit()).isEmpty();
    assertThat(typical.freshMaterialsRequired()).isFalse();
    assertThat(typical.appealPeriod()).isEqualTo(AppealPeriod.workingDays(20));
    assertThat(typical.retentionPeriod()).isEqualTo(Period.ofYears(6)).isEqualTo(ResitRetakePolicy.DEFAULT_RETENTION);
  }

  @Test
  void typicalIsTheBuildersStartingPoint() {
    assertEqualValues(ResitRetakePolicy.typical(), ResitRetakePolicy.builder().build());
  }

  // DESIGN.md section 4: "One plan resits a single failed method within 1 month with the full grade
  // range, but retakes the whole EPA, capped at pass, when more than one method failed."
  @Test
  void builderEncodesAPlanThatRetakesTheWholeEpaAfterTwoFails() {
    ResitRetakePolicy policy = ResitRetakePolicy.builder()
        .resitWindow(Period.ofMonths(1))
        .wholeEpaWhenMoreThanFailed(1)
        .noCap()
        .retakeCap("Pass")
        .build();
    assertThat(policy.resitWindow()).isEqualTo(Period.ofMonths(1));
    assertThat(policy.wholeEpaWhenMoreThanFailed()).contains(1);
    assertThat(policy.resitCap()).isEmpty();
    assertThat(policy.retakeCap()).contains("Pass");
  }

  // DESIGN.md section 4: "Business administrator (ST0070) has no cap on resit or retake grades";
  // "Customer service practitioner: 12-month window"; Lead adult care worker (ST0006): "a score of
  // 25-39 may be retaken once within 3 months"; "Lead practitioner in adult care: 3-month window and
  // a different observation activity on resit".
  @Test
  void builderEncodesOtherPublishedVariations() {
    assertThat(ResitRetakePolicy.builder().noCap().build().resitCap()).isEmpty();
    assertThat(ResitRetakePolicy.builder().noCap().build().retakeCap()).isEmpty();
    ResitRetakePolicy customerService =
        ResitRetakePolicy.builder().resitWindow(Period.ofMonths(12)).retakeWindow(Period.ofMonths(12)).noHardWindow().build();
    assertThat(customerService.resitWindow()).isEqualTo(Period.ofMonths(12));
    assertThat(customerService.hardWindow()).isEmpty();
    ResitRetakePolicy st0006 = ResitRetakePolicy.builder().attemptLimit(1).retakeWindow(Period.ofMonths(3)).build();
    assertThat(st0006.attemptLimit()).contains(1);
    assertThat(ResitRetakePolicy.builder().attemptLimit(1).noAttemptLimit().build().attemptLimit()).isEmpty();
    assertThat(ResitRetakePolicy.builder().freshMaterialsRequired(true).build().freshMaterialsRequired()).isTrue();
    assertThat(ResitRetakePolicy.builder().cap("Merit").build())
        .extracting(ResitRetakePolicy::resitCap, ResitRetakePolicy::retakeCap)
        .containsExactly(Optional.of("Merit"), Optional.of("Merit"));
    assertThat(ResitRetakePolicy.builder().wholeEpaWhenMoreThanFailed(1).onlyFailedMethods().build()
        .wholeEpaWhenMoreThanFailed()).isEmpty();
  }

  @Test
  void toBuilderGivesBackAnEqualPolicy() {
    ResitRetakePolicy unusual = everyFieldChanged();
    assertEqualValues(unusual, unusual.toBuilder().build());
    assertEqualValues(ResitRetakePolicy.typical(), ResitRetakePolicy.typical().toBuilder().build());
  }

  @Test
  void everySetterChangesTheValue() {
    ResitRetakePolicy typical = ResitRetakePolicy.typical();
    java.util.List<UnaryOperator<ResitRetakePolicy.Builder>> changes = java.util.List.of(
        b -> b.employerAgreementRequired(false),
        b -> b.feeConfirmationRequired(true),
        b -> b.wholeEpaWhenMoreThanFailed(1),
        b -> b.resitWindow(Period.ofMonths(1)),
        b -> b.retakeWindow(Period.ofMonths(12)),
        b -> b.noHardWindow(),
        b -> b.hardWindow(Period.ofMonths(12)),
        b -> b.resitCap("Merit"),
        b -> b.retakeCap("Merit"),
        b -> b.exceptionalCircumstancesLiftCap(false),
        b -> b.attemptLimit(2),
        b -> b.freshMaterialsRequired(true),
        b -> b.appealPeriod(AppealPeriod.calendarDays(28)),
        b -> b.retentionPeriod(Period.ofYears(7)));
    for (UnaryOperator<ResitRetakePolicy.Builder> change : changes) {
      assertDifferentValues(typical, change.apply(typical.toBuilder()).build());
    }
  }

  @Test
  void reusingABuilderDoesNotChangeAPolicyAlreadyBuilt() {
    ResitRetakePolicy.Builder builder = ResitRetakePolicy.builder().resitWindow(Period.ofMonths(2));
    ResitRetakePolicy first = builder.build();
    builder.resitWindow(Period.ofMonths(4)).noCap().attemptLimit(1);
    ResitRetakePolicy second = builder.build();
    assertThat(first.resitWindow()).isEqualTo(Period.ofMonths(2));
    assertThat(first.resitCap()).contains("Pass");
    assertThat(first.attemptLimit()).isEmpty();
    assertThat(second.resitWindow()).isEqualTo(Period.ofMonths(4));
  }

  @Test
  void toBuilderDoesNotChangeTheOriginal() {
    ResitRetakePolicy typical = ResitRetakePolicy.typical();
    typical.toBuilder().noCap().resitWindow(Period.ofMonths(1)).build();
    assertThat(typical).isEqualTo(ResitRetakePolicy.typical());
  }

  @Test
  void nonPositiveWindowsLimitsAndPeriodsAreRefused() {
    java.util.List<UnaryOperator<ResitRetakePolicy.Builder>> bad = java.util.List.of(
        b -> b.resitWindow(Period.ZERO),
        b -> b.resitWindow(Period.ofMonths(-3)),
        b -> b.retakeWindow(Period.ZERO),
        b -> b.retakeWindow(Period.ofDays(-1)),
        b -> b.hardWindow(Period.ZERO),
        b -> b.hardWindow(Period.ofMonths(-6)),
        b -> b.retentionPeriod(Period.ZERO),
        b -> b.retentionPeriod(Period.ofYears(-6)),
        b -> b.attemptLimit(0),
        b -> b.attemptLimit(-1),
        b -> b.wholeEpaWhenMoreThanFailed(0));
    for (UnaryOperator<ResitRetakePolicy.Builder> change : bad) {
      ResitRetakePolicy.Builder builder = change.apply(ResitRetakePolicy.builder());
      assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> ResitRetakePolicy.builder().resitWindow(Period.ZERO).build())
        .hasMessageContaining("resitWindow");
    assertThatThrownBy(() -> ResitRetakePolicy.builder().attemptLimit(0).build())
        .hasMessageContaining("attemptLimit");
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> ResitRetakePolicy.builder().resitWindow(null).build()).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ResitRetakePolicy.builder().appealPeriod(null).build()).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ResitRetakePolicy.builder().retentionPeriod(null).build()).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ResitRetakePolicy.builder().hardWindow(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ResitRetakePolicy.builder().cap(null)).isInstanceOf(NullPointerException.class);
  }

  private static ResitRetakePolicy everyFieldChanged() {
    return ResitRetakePolicy.builder()
        .employerAgreementRequired(false)
        .feeConfirmationRequired(true)
        .wholeEpaWhenMoreThanFailed(1)
        .resitWindow(Period.ofMonths(1))
        .retakeWindow(Period.ofMonths(12))
        .hardWindow(Period.ofMonths(12))
        .resitCap("Merit")
        .retakeCap("Pass")
        .exceptionalCircumstancesLiftCap(false)
        .attemptLimit(1)
        .freshMaterialsRequired(true)
        .appealPeriod(AppealPeriod.calendarDays(31))
        .retentionPeriod(Period.ofYears(7))
        .build();
  }
}
