package dev.epakit.core.journey;

/**
 * The kind of a further attempt after a fail. Source: GOV.UK, "Results, feedback and celebration
 * after end-point assessment" (11 December 2024): "A resit involves the apprentice sitting one or
 * more failed EPA components again, without the need to undertake further training. A retake
 * involves an apprentice doing further training before they do their EPA again."
 */
public enum AttemptKind {
  /** Failed components again, without further training. */
  RESIT,
  /** Further training first, then the EPA (or its failed components) again. */
  RETAKE
}
