package dev.epakit.core.journey;

/** What a written agreement is for. */
public enum AgreementPurpose {
  /** The apprentice agrees to the certificate application ("written agreement from the apprentice"). */
  CERTIFICATE,
  /** A party agrees to their success story being shared ("with agreement from all parties"). */
  PUBLICITY
}
