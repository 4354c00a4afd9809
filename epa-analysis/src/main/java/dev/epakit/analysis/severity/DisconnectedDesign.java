package dev.epakit.analysis.severity;

import dev.epakit.analysis.agreement.SampleSize;
import java.util.List;
import java.util.Objects;

/**
 * Measurement refused because the design does not link every element to every other: the
 * observations fall into {@link Subset subsets} that never meet, or (with every subset connected)
 * some assessors' severities are confounded with method difficulties, as when each assessor only
 * ever assesses one method. Estimates from such a design would depend on arbitrary starting values,
 * so none are given.
 *
 * <p>Immutable and thread-safe.
 *
 * @param subsets the connected subsets, largest first; a single subset when the problem is
 *     confounding rather than separation
 * @param confoundedDimensions how many directions of the assessor and method measures the data
 *     cannot determine beyond the two fixed by centring; 0 when not checked, for instance because
 *     the subsets already disconnect the design
 * @param reason a plain-English explanation, not blank
 * @param n how much data there was, not null
 * @param excluded elements excluded for extreme scores before connectivity was checked, not null
 */
public record DisconnectedDesign(
    List<Subset> subsets,
    int confoundedDimensions,
    String reason,
    SampleSize n,
    List<ExcludedElement> excluded)
    implements RaschResult {

  /**
   * Checks the components and copies the lists.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if there are no subsets or the reason is blank
   */
  public DisconnectedDesign {
    subsets = List.copyOf(subsets);
    excluded = List.copyOf(excluded);
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(n, "n");
    if (subsets.isEmpty() || reason.isBlank() || confoundedDimensions < 0) {
      throw new IllegalArgumentException("need a subset, a reason and confounding not negative");
    }
  }
}
