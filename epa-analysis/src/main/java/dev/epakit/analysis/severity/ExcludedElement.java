package dev.epakit.analysis.severity;

import java.util.Objects;

/**
 * An element left out of estimation because its score is extreme: its measure would be infinite
 * under joint maximum likelihood. FACETS and Winsteps report such elements separately; so do we.
 *
 * <p>Immutable and thread-safe.
 *
 * @param facet the element's facet, not null
 * @param index the element's index in its facet, not negative
 * @param n the number of observations it had when it was excluded, positive
 * @param extreme whether every score was the minimum or the maximum, not null
 */
public record ExcludedElement(Facet facet, int index, long n, Extreme extreme) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if the facet or extreme is null
   * @throws IllegalArgumentException if the index is negative or n is not positive
   */
  public ExcludedElement {
    Objects.requireNonNull(facet, "facet");
    Objects.requireNonNull(extreme, "extreme");
    if (index < 0 || n < 1) {
      throw new IllegalArgumentException("index must not be negative and n must be positive");
    }
  }
}
