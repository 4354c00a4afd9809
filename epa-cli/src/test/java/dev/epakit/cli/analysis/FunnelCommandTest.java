package dev.epakit.cli.analysis;

import dev.epakit.cli.CommandRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.epakit.analysis.variance.FunnelLimits;
import dev.epakit.analysis.variance.FunnelMethod;
import dev.epakit.cli.Epa;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FunnelCommandTest {

  @Test
  void limitsAsJson() {
    CommandRun run = CommandRun.of("funnel", "--target", "0.8", "--n", "20,100", "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode limits = run.json().get("limits");
    assertThat(limits.size()).isEqualTo(4);
    JsonNode first = limits.get(0);
    List<String> names = new ArrayList<>();
    first.propertyNames().forEach(names::add);
    assertThat(names).containsExactly("n", "level", "lower", "upper");
    assertThat(first.get("n").asLong()).isEqualTo(20);
    assertThat(first.get("level").asDouble()).isEqualTo(0.95);
    assertThat(first.get("lower").asDouble())
        .isCloseTo(FunnelLimits.of(FunnelMethod.EXACT_BINOMIAL, 0.8, 20, 0.95).lower(), within(1e-15));
  }

  @Test
  void limitsWidenAsNFalls() {
    JsonNode limits = CommandRun.of("funnel", "--target", "0.7", "--n", "500,100,50,10", "--levels", "0.998",
        "--method", "normal", "--format", "json").json().get("limits");
    for (int i = 1; i < limits.size(); i++) {
      assertThat(limits.get(i).get("lower").asDouble()).isLessThan(limits.get(i - 1).get("lower").asDouble());
      assertThat(limits.get(i).get("upper").asDouble()).isGreaterThan(limits.get(i - 1).get("upper").asDouble());
    }
  }

  @Test
  void textAndUsageErrors() {
    assertThat(CommandRun.of("funnel", "--target", "0.8", "--n", "20").out()).contains("99.8% limits");
    assertThat(CommandRun.of("funnel", "--target", "1.5", "--n", "20").code()).isEqualTo(Epa.USAGE);
    assertThat(CommandRun.of("funnel", "--target", "0.5", "--n", "0").code()).isEqualTo(Epa.USAGE);
    assertThat(CommandRun.of("funnel", "--target", "0.5", "--n", "10", "--method", "poisson").code()).isEqualTo(Epa.USAGE);
    CommandRun run = CommandRun.of("funnel", "--n", "10");
    assertThat(run.code()).isEqualTo(Epa.USAGE);
    assertThat(run.err()).startsWith("epa: ");
  }
}
