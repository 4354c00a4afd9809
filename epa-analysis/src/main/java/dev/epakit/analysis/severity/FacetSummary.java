package dev.epakit.analysis.severity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The measures of one facet's elements, in index order of the elements that were estimated, with
 * the facet's separation statistics when there are at least two elements.
 *
 * <p>Immutable and thread-safe.
 *
 * @param facet the facet, not null
 * @param elements the estimated elements in ascending index order; excluded elements are absent
 * @param separation separation, reliability and the fixed chi-square; empty with fewer than two
 *     elements
 */
public record FacetSummary(
    Facet facet, List<ElementMeasure> elements, Optional<FacetSeparation> separation) {

  /**
   * Checks the components and copies the list.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if an element belongs to another facet
   */
  public FacetSummary {
    Objects.requireNonNull(facet, "facet");
    Objects.requireNonNull(separation, "separation");
    elements = List.copyOf(elements);
    for (ElementMeasure e : elements) {
      if (e.facet() != facet) {
        throw new IllegalArgumentException("element of facet " + e.facet() + " in " + facet);
      }
    }
  }

  /**
   * Finds the measure of an element by its index.
   *
   * @param index the element's index in the facet
   * @return the measure, or empty if the element was not estimated (absent or excluded)
   */
  public Optional<ElementMeasure> element(int index) {
    int low = 0;
    int high = elements.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int at = elements.get(mid).index();
      if (at == index) {
        return Optional.of(elements.get(mid));
      } else if (at < index) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return Optional.empty();
  }
}
