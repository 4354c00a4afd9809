package dev.epakit.io.recordagrade;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of an EPA record for the Record a grade service: the learner, the standard and every
 * EPA attempt with its outcome.
 *
 * <p>Immutable and thread-safe.
 *
 * @param uln the learner's ULN
 * @param familyName the learner's family name (the service matches it with the ULN)
 * @param standardReference the standard's reference, such as {@code ST0480}
 * @param version the standard's version, such as {@code 1.0}
 * @param option the option, when the standard has one
 * @param epas each EPA attempt, in date order
 * @param line the journey's line in the journey file
 */
public record EpaRecordRequest(String uln, String familyName, String standardReference, String version,
    Optional<String> option, List<Epa> epas, int line) {

  /**
   * One EPA attempt.
   *
   * @param epaDate the day the attempt was completed (its last assessment), or the day of
   *     withdrawal
   * @param epaOutcome {@code Pass}, {@code Fail} or {@code Withdrawn}
   * @param resit whether the attempt was a resit
   * @param retake whether the attempt was a retake
   */
  public record Epa(LocalDate epaDate, String epaOutcome, boolean resit, boolean retake) {
    /** Checks nothing is null. */
    public Epa {
      Objects.requireNonNull(epaDate, "epaDate");
      Objects.requireNonNull(epaOutcome, "epaOutcome");
    }
  }

  /** Checks nothing is null and copies the attempts. */
  public EpaRecordRequest {
    Objects.requireNonNull(uln, "uln");
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(standardReference, "standardReference");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(option, "option");
    epas = List.copyOf(epas);
  }
}
