package dev.epakit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Contract of {@link Explanation}, made of verdicts or deferred. */
class ExplanationTest {

  private static final Verdict OK = RuleEngineTest.RULES.rules().get(1).evaluate(4);
  private static final Verdict BROKEN = RuleEngineTest.RULES.rules().get(0).evaluate(-4);

  @Test
  void anExplanationOfVerdictsDecidesByThem() {
    Explanation allowed = new Explanation(List.of(OK));
    Explanation refused = new Explanation(List.of(OK, BROKEN));
    assertThat(allowed.allowed()).isTrue();
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.violations()).containsExactly(BROKEN.toViolation());
    assertThat(refused.verdict(BROKEN.rule().id())).contains(BROKEN);
    assertThat(refused.verdict(RuleId.of("EPA-NONE-01"))).isEmpty();
    assertThat(new Explanation(List.empty()).allowed()).isTrue();
    assertThatThrownBy(() -> new Explanation(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aDeferredExplanationDecidesAtOnceAndWorksVerdictsOutOnceWhenRead() {
    AtomicInteger worked = new AtomicInteger();
    Explanation deferred = Explanation.deferred(false, () -> {
      worked.incrementAndGet();
      return List.of(OK, BROKEN);
    });
    assertThat(deferred.allowed()).isFalse();
    assertThat(worked).hasValue(0);
    assertThat(deferred.verdicts()).containsExactly(OK, BROKEN);
    assertThat(deferred.violations()).containsExactly(BROKEN.toViolation());
    assertThat(deferred.verdict(OK.rule().id())).contains(OK);
    assertThat(worked).hasValue(1);
  }

  @Test
  void deferredOrNotAnExplanationReadsTheSame() {
    Explanation eager = new Explanation(List.of(OK, BROKEN));
    Explanation deferred = Explanation.deferred(false, () -> List.of(OK, BROKEN));
    assertThat(deferred).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
    assertThat(eager).isEqualTo(deferred);
    assertThat(eager.toString()).startsWith("Explanation[").endsWith("]").contains(BROKEN.toString());
    assertThat(deferred).isNotEqualTo(new Explanation(List.of(OK))).isNotEqualTo("Explanation");
    assertThat(deferred.and(new Explanation(List.of(OK))).verdicts()).containsExactly(OK, BROKEN, OK);
    assertThat(new Explanation(List.of(OK)).and(deferred).allowed()).isFalse();
  }

  @Test
  void aDeferredExplanationNeedsItsVerdicts() {
    assertThatThrownBy(() -> Explanation.deferred(true, null)).isInstanceOf(NullPointerException.class);
    Explanation nothing = Explanation.deferred(true, () -> null);
    assertThatThrownBy(nothing::verdicts).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aRuleSetAllowsExactlyWhenItsExplanationDoes() {
    for (int n : new int[] {-3, -2, 0, 2, 3, 200}) {
      assertThat(RuleEngineTest.RULES.allows(n)).as("%d", n).isEqualTo(RuleEngineTest.RULES.evaluate(n).allowed());
    }
    assertThat(RuleEngineTest.RULES.allows(2)).isTrue();
    assertThat(RuleEngineTest.RULES.allows(-2)).isFalse();
  }

  @Test
  void valuesReadAreKeptInTheOrderRead() {
    Finding f = Finding.satisfied("ok").reading("b", 2).reading("a", 1);
    assertThat(f.read().toList().map(t -> t._1 + "=" + t._2)).containsExactly("b=2", "a=1");
    assertThat(Finding.satisfied("ok").read()).isEmpty();
    Finding twice = Finding.satisfied("ok").reading("a", 1).reading("b", 2).reading("a", 3);
    assertThat(twice.read()).isEqualTo(io.vavr.collection.LinkedHashMap.ofEntries(List.of(
        io.vavr.Tuple.of("a", "1"), io.vavr.Tuple.of("b", "2"), io.vavr.Tuple.of("a", "3"))));
    assertThat(twice.read().get("a")).contains("3");
    assertThat(twice.read().size()).isEqualTo(2);
  }
}
