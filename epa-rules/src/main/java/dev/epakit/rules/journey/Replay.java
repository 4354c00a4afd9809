package dev.epakit.rules.journey;

import dev.epakit.core.journey.Fact;
import dev.epakit.rules.Violation;
import io.vavr.collection.List;
import java.util.Objects;

/**
 * The result of recording a sequence of facts: the journey of those accepted, and each refused
 * fact with its position and violations.
 *
 * <p>Immutable and thread-safe.
 *
 * @param journey the journey of the accepted facts
 * @param refused the refused facts, in input order
 */
public record Replay(Journey journey, List<Refusal> refused) {

  /**
   * A refused fact.
   *
   * @param index its position in the input, from 0
   * @param fact the fact
   * @param violations why it was refused, at least one
   */
  public record Refusal(int index, Fact fact, List<Violation> violations) {
    /** Checks nothing is null. */
    public Refusal {
      Objects.requireNonNull(fact, "fact");
      Objects.requireNonNull(violations, "violations");
    }
  }

  /** Checks nothing is null. */
  public Replay {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(refused, "refused");
  }

  /** @return true when every fact was accepted */
  public boolean consistent() {
    return refused.isEmpty();
  }
}
