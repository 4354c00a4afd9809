package dev.epakit.io.recordagrade;

import java.util.Objects;

/**
 * Something that stops a request body from being sent: what the service would refuse, or what
 * EPA Kit's rules refuse. Names the apprentice by ULN, never by name.
 *
 * <p>Immutable and thread-safe.
 *
 * @param uln the apprentice's ULN
 * @param line the line of the journey (or of the refused fact) in the journey file; 0 when unknown
 * @param field the field of the request body, such as {@code certificate.postalContact.postCode}
 * @param source who refuses: the service or EPA Kit's rules
 * @param code a stable code, such as {@code service.postcode}
 * @param message the explanation
 */
public record PreflightFinding(String uln, int line, String field, Source source, String code, String message) {

  /** Who refuses. */
  public enum Source {
    /** The Record a grade service would refuse the request. */
    SERVICE,
    /** EPA Kit's rules refuse it (certificate not ready, resit or retake not allowed). */
    RULES
  }

  /** Checks nothing is null. */
  public PreflightFinding {
    Objects.requireNonNull(uln, "uln");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return "line " + line + ": ULN " + uln + ": " + field + ": " + (source == Source.SERVICE
        ? "the service would refuse: " : "the rules refuse: ") + message + " [" + code + "]";
  }
}
