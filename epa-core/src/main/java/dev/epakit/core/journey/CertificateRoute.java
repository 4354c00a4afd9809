package dev.epakit.core.journey;

/**
 * How a certificate was requested. Only the apprentice assessment service is allowed: "EPAOs should
 * not issue their own certificates" (GOV.UK guidance, 2024). The other route exists so that an
 * attempt to use it can be recorded, refused and explained.
 */
public enum CertificateRoute {
  /** Applied for through the online apprentice assessment service. */
  APPRENTICE_ASSESSMENT_SERVICE,
  /** Issued by the EPAO itself: never allowed. */
  ISSUED_BY_EPAO
}
