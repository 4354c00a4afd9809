package dev.epakit.rules.journey;

import dev.epakit.rules.Explanation;
import io.vavr.collection.List;
import java.util.Objects;

/**
 * Whether the certificate can be applied for on a date, and if not, what is missing: every
 * component achieved, the apprentice's written agreement, results shared with all three parties,
 * no appeal open, not already requested (rules {@code EPA-CERT-01} to {@code EPA-CERT-06}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param ready whether the application may be made
 * @param missing what is missing, for people; empty when ready
 * @param explanation the verdicts of every rule checked
 */
public record CertificateReadiness(boolean ready, List<String> missing, Explanation explanation) {

  /** Checks nothing is null. */
  public CertificateReadiness {
    Objects.requireNonNull(missing, "missing");
    Objects.requireNonNull(explanation, "explanation");
  }
}
