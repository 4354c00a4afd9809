package dev.epakit.core.journey;

/** The three parties who receive results and whose agreement counts (GOV.UK guidance, 2024). */
public enum Party {
  /** The apprentice. */
  APPRENTICE,
  /** The apprentice's employer. */
  EMPLOYER,
  /** The apprentice's training provider. */
  PROVIDER
}
