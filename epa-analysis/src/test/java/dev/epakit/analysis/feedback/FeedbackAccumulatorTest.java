package dev.epakit.analysis.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.epakit.core.journey.Party;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feedback by party and period. */
class FeedbackAccumulatorTest {

  @Test
  void summarisesByPartyAndPeriod() {
    FeedbackAccumulator acc = FeedbackAccumulator.of(1, 5, 2)
        .add(Party.APPRENTICE, 0, 5).add(Party.APPRENTICE, 0, 4).add(Party.APPRENTICE, 0, 3)
        .add(Party.EMPLOYER, 1, 2);

    List<FeedbackCell> cells = acc.result();

    assertThat(cells).hasSize(2);
    FeedbackCell apprentices = cells.get(0);
    assertThat(apprentices.party()).isEqualTo(Party.APPRENTICE);
    assertThat(apprentices.n()).isEqualTo(3);
    assertThat(apprentices.mean()).isEqualTo(4.0);
    assertThat(apprentices.standardDeviation().getAsDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(apprentices.standardError().getAsDouble()).isCloseTo(1 / Math.sqrt(3), within(1e-12));
    assertThat(apprentices.distribution()).containsExactly(0L, 0L, 1L, 1L, 1L);
    FeedbackCell employer = cells.get(1);
    assertThat(employer.period()).isEqualTo(1);
    assertThat(employer.standardDeviation()).isEmpty();
  }

  @Test
  void combiningEqualsAddingEverythingToOne() {
    FeedbackAccumulator left = FeedbackAccumulator.of(1, 5, 3).add(Party.PROVIDER, 2, 1);
    FeedbackAccumulator right = FeedbackAccumulator.of(1, 5, 3).add(Party.PROVIDER, 2, 5)
        .add(Party.EMPLOYER, 0, 3);
    FeedbackAccumulator all = FeedbackAccumulator.of(1, 5, 3).add(Party.PROVIDER, 2, 1)
        .add(Party.PROVIDER, 2, 5).add(Party.EMPLOYER, 0, 3);
    assertThat(left.combine(right).result()).isEqualTo(all.result());
    assertThatThrownBy(() -> FeedbackAccumulator.of(1, 5, 3).combine(FeedbackAccumulator.of(0, 5, 3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FeedbackAccumulator.of(1, 5, 3).add(Party.EMPLOYER, 0, 6))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
