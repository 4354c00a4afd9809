package dev.epakit.io.journey;

import dev.epakit.core.journey.Fact;
import java.util.Objects;

/**
 * A fact and the line of the file it was read from, so that a refusal by the rules can point at
 * it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fact the fact, never {@code null}
 * @param line the line where the fact starts, from 1; 0 when the fact was not read from a file
 */
public record LocatedFact(Fact fact, int line) {

  /** Checks the fact is not null. */
  public LocatedFact {
    Objects.requireNonNull(fact, "fact");
  }
}
