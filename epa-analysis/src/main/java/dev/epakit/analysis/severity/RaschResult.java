package dev.epakit.analysis.severity;

import dev.epakit.analysis.agreement.SampleSize;
import java.util.List;

/**
 * The outcome of {@link ManyFacetRasch#estimate}: measures ({@link RaschMeasurement}), a design
 * that falls apart into groups that never meet ({@link DisconnectedDesign}), or too little data to
 * estimate anything honestly ({@link TooLittleData}). No variant carries {@code NaN}.
 *
 * <p>Implementations are immutable records and thread-safe.
 */
public sealed interface RaschResult permits RaschMeasurement, DisconnectedDesign, TooLittleData {

  /**
   * How much data there was: units are candidates, raters are assessors, counted over every
   * observation given (before any exclusion).
   *
   * @return the sample size, never {@code null}
   */
  SampleSize n();

  /**
   * The elements left out because their scores were extreme, in the order they were found.
   *
   * @return an unmodifiable list, never {@code null}
   */
  List<ExcludedElement> excluded();
}
