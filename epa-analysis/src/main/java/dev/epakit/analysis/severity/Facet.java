package dev.epakit.analysis.severity;

/** The facets of the measurement model: who was assessed, who assessed, and how. */
public enum Facet {
  /** The candidate (apprentice): measure is ability, higher is more able; not centred. */
  CANDIDATE,
  /** The assessor: measure is severity, higher is more severe; centred on 0. */
  ASSESSOR,
  /** The assessment method: measure is difficulty, higher is harder; centred on 0. */
  METHOD
}
