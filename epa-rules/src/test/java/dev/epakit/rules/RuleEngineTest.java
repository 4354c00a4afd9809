package dev.epakit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Contract of the rule engine's values and of rule-set evaluation. */
class RuleEngineTest {

  static final RuleDescription POSITIVE = RuleDescription.of("EPA-TEST-01", "The number is positive",
      Source.model("Numbers in this test are positive."));
  static final RuleDescription EVEN = RuleDescription.of("EPA-TEST-02", "The number is even",
      Source.model("Numbers in this test are even."));
  static final RuleDescription SMALL = RuleDescription.of("EPA-TEST-03", "The number is small",
      Source.plan("Numbers in this plan are below 100."));

  static final RuleSet<Integer> RULES = RuleSet.of(List.of(
      new Rule<>(POSITIVE, n -> Finding.when(n > 0, "positive", n + " is not positive").reading("n", n)),
      new Rule<>(EVEN, n -> Finding.when(n % 2 == 0, "even", n + " is odd")),
      new Rule<Integer>(SMALL, n -> n == 0 ? Finding.notApplicable("zero has no size") : Finding.when(Math.abs(n) < 100, "small", "large"))));

  @Test
  void ruleIdsHaveAStableShape() {
    assertThat(RuleId.of("EPA-PASS-01").value()).isEqualTo("EPA-PASS-01");
    assertThat(RuleId.of("EPA-CAP-02")).isEqualTo(RuleId.of("EPA-CAP-02")).hasSameHashCodeAs(RuleId.of("EPA-CAP-02"));
    for (String bad : new String[] {"PASS-01", "EPA-pass-01", "EPA-PASS-1", "EPA--01", "EPA-PASS-001", ""}) {
      assertThatThrownBy(() -> RuleId.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("EPA-PASS-01");
    }
  }

  @Test
  void descriptionsAndSourcesRefuseBlanks() {
    assertThatThrownBy(() -> RuleDescription.of("EPA-TEST-01", " ", Source.model("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Source.guidance(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Source(" ", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Source.guidance("A resit ...").document()).isEqualTo(Source.GUIDANCE);
    assertThat(POSITIVE).isEqualTo(RuleDescription.of("EPA-TEST-01", "The number is positive",
        Source.model("Numbers in this test are positive.")));
    assertThat(POSITIVE).isNotEqualTo(EVEN);
  }

  @Test
  void aRuleSetChecksEveryRuleAndNeverStopsAtTheFirstViolation() {
    AtomicInteger checks = new AtomicInteger();
    RuleSet<Integer> counted = RuleSet.of(RULES.rules().map(r -> new Rule<Integer>(r.description(), n -> {
      checks.incrementAndGet();
      return r.check().apply(n);
    })));
    Explanation e = counted.evaluate(-101);
    assertThat(checks.get()).isEqualTo(3);
    assertThat(e.allowed()).isFalse();
    assertThat(e.violations().map(Violation::ruleId)).containsExactly(POSITIVE.id(), EVEN.id(), SMALL.id());
    assertThat(e.violations().head().read().get("n").get()).isEqualTo("-101");
    assertThat(e.violations().head().reasons()).containsExactly("-101 is not positive");
  }

  @Test
  void explanationsKeepEveryVerdictInOrder() {
    Explanation e = RULES.evaluate(0);
    assertThat(e.verdicts().map(Verdict::status))
        .containsExactly(Finding.Status.VIOLATED, Finding.Status.SATISFIED, Finding.Status.NOT_APPLICABLE);
    assertThat(e.verdict(SMALL.id()).get().finding().reasons()).containsExactly("zero has no size");
    assertThat(e.verdict(RuleId.of("EPA-TEST-99")).isEmpty()).isTrue();
    assertThat(RULES.evaluate(4).allowed()).isTrue();
    assertThat(RULES.evaluate(4).violations()).isEmpty();
    assertThat(e.and(RULES.evaluate(4)).verdicts()).hasSize(6);
    assertThat(RULES.evaluate(0)).isEqualTo(e);
    assertThat(RULES.descriptions()).containsExactly(POSITIVE, EVEN, SMALL);
  }

  @Test
  void violationsSayWhichRuleAndWhy() {
    Violation v = RULES.evaluate(3).violations().head();
    assertThat(v.toString()).isEqualTo("EPA-TEST-02 (The number is even): 3 is odd");
    assertThat(v.rule().source().text()).isEqualTo("Numbers in this test are even.");
  }
}
