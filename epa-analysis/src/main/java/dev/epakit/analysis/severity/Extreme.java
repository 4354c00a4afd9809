package dev.epakit.analysis.severity;

/** Which end of the scale an element with an extreme score sits at. */
public enum Extreme {
  /** Every observation is in the lowest category of its scale. */
  MINIMUM,
  /** Every observation is in the highest category of its scale. */
  MAXIMUM
}
