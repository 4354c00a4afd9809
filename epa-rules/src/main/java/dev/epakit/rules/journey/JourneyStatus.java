package dev.epakit.rules.journey;

/** Where an apprentice's EPA stands on a date. */
public enum JourneyStatus {
  /** Gateway not yet passed. */
  AWAITING_GATEWAY,
  /** A retake is booked and its further training is not complete. */
  AWAITING_TRAINING,
  /** Methods of the current attempt await assessment. */
  IN_ASSESSMENT,
  /** Every method of the attempt is assessed; the outcome is not yet notified. */
  AWAITING_NOTIFICATION,
  /** The notified outcome is a pass (or better). */
  PASSED,
  /** The notified outcome is a fail; a resit or retake may follow. */
  FAILED,
  /** The certificate has been applied for. */
  CERTIFICATE_REQUESTED,
  /** The apprentice withdrew. */
  WITHDRAWN
}
