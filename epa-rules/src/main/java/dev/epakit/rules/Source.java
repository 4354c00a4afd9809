package dev.epakit.rules;

import java.util.Objects;

/**
 * Where a rule comes from: the document and the sentence or clause it enforces.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document the document, such as the GOV.UK guidance or an assessment plan
 * @param text the sentence or clause, quoted or closely paraphrased
 */
public record Source(String document, String text) {

  /** The guidance every rule of the EPA catalogue starts from. */
  public static final String GUIDANCE =
      "GOV.UK, Results, feedback and celebration after end-point assessment (updated 11 December 2024)";

  /** Assessment plans, where the rule is a per-plan parameter. */
  public static final String PLAN = "Assessment plan (per-plan parameter)";

  /** Invariants of EPA Kit's own journey model. */
  public static final String MODEL = "EPA Kit journey model";

  /** Checks nothing is null or blank. */
  public Source {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(text, "text");
    if (document.isBlank() || text.isBlank()) {
      throw new IllegalArgumentException("a source names a document and a text");
    }
  }

  /** @param sentence a sentence of the guidance @return the source */
  public static Source guidance(String sentence) {
    return new Source(GUIDANCE, sentence);
  }

  /** @param clause the plan clause @return the source */
  public static Source plan(String clause) {
    return new Source(PLAN, clause);
  }

  /** @param invariant the invariant @return the source */
  public static Source model(String invariant) {
    return new Source(MODEL, invariant);
  }

  @Override
  public String toString() {
    return document + ": \"" + text + "\"";
  }
}
