package dev.epakit.io.recordagrade;

import dev.epakit.io.journey.PostalContact;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of a certificate request for the apprentice assessment service.
 *
 * <p>Immutable and thread-safe. The body itself is the export the user asked for, so it holds the
 * ULN and family name; {@link #toString()} shows neither (the ULN masked, as {@code
 * dev.epakit.core.identity.Uln} does), so a request logged by mistake leaks no personal data.
 *
 * @param uln the learner's ULN
 * @param familyName the learner's family name
 * @param standardReference the standard's reference
 * @param version the standard's version
 * @param option the option, when the standard has one
 * @param overallGrade the overall grade as the service names it, such as {@code Distinction}
 * @param achievementDate the day the passing outcome was notified
 * @param postalContact where the certificate is posted, empty when the journey file gives none
 * @param line the journey's line in the journey file
 */
public record CertificateRequest(String uln, String familyName, String standardReference, String version,
    Optional<String> option, String overallGrade, LocalDate achievementDate, Optional<PostalContact> postalContact,
    int line) {

  /** Checks nothing is null. */
  public CertificateRequest {
    Objects.requireNonNull(uln, "uln");
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(standardReference, "standardReference");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(overallGrade, "overallGrade");
    Objects.requireNonNull(achievementDate, "achievementDate");
    Objects.requireNonNull(postalContact, "postalContact");
  }

  /**
   * The request without personal data: masked ULN, standard, grade, date and line.
   *
   * @return the text, never {@code null}
   */
  @Override
  public String toString() {
    return "CertificateRequest[" + EpaRecordRequest.masked(uln) + ", " + standardReference + " " + version
        + option.map(o -> " " + o).orElse("") + ", " + overallGrade + ", " + achievementDate
        + postalContact.map(p -> ", " + p).orElse("") + ", line " + line + "]";
  }
}
