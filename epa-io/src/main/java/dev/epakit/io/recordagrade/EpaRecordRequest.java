package dev.epakit.io.recordagrade;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of an EPA record for the Record a grade service: the learner, the standard and every
 * EPA attempt with its outcome.
 *
 * <p>Immutable and thread-safe. The body itself is the export the user asked for, so it holds the
 * ULN and family name; {@link #toString()} shows neither (the ULN masked, as {@code
 * dev.epakit.core.identity.Uln} does), so a request logged by mistake leaks no personal data.
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

  /**
   * The request without personal data: masked ULN, standard, attempts and line.
   *
   * @return the text, never {@code null}
   */
  @Override
  public String toString() {
    return "EpaRecordRequest[" + masked(uln) + ", " + standardReference + " " + version
        + option.map(o -> " " + o).orElse("") + ", " + epas + ", line " + line + "]";
  }

  /** A ULN with its middle digits masked, as {@code Uln.toString()} shows it; short text fully. */
  static String masked(String uln) {
    return uln.length() < 6 ? "ULN[***]"
        : "ULN[" + uln.substring(0, 2) + "******" + uln.substring(uln.length() - 2) + "]";
  }
}
