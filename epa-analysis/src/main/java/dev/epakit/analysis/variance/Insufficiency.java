package dev.epakit.analysis.variance;

import java.util.Objects;

/**
 * An explicit "too little data" result: the reason an estimate is not given, with the number of
 * units (results or assessors) that were available.
 *
 * <p>Immutable and thread-safe; no component is ever {@code null}.
 *
 * @param reason stable reason code
 * @param available how many units were available (results for an assessor, assessors for a pool
 *     estimate), at least zero
 * @param message explanation for people, in English, not blank
 */
public record Insufficiency(InsufficiencyReason reason, long available, String message) {

  /** Checks the components. */
  public Insufficiency {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    if (available < 0) {
      throw new IllegalArgumentException("available must not be negative: " + available);
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank");
    }
  }

  /**
   * Creates an insufficiency.
   *
   * @param reason stable reason code; not null
   * @param available units available, at least zero
   * @param message explanation; not null or blank
   * @return the insufficiency, never {@code null}
   */
  public static Insufficiency of(InsufficiencyReason reason, long available, String message) {
    return new Insufficiency(reason, available, message);
  }
}
