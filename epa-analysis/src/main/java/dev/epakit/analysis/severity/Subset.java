package dev.epakit.analysis.severity;

import java.util.List;

/**
 * A group of elements connected to each other through shared observations but not to the elements
 * of any other group. Measures in different subsets are not comparable: a harsh assessor in one
 * subset cannot be told apart from weak candidates.
 *
 * <p>Immutable and thread-safe.
 *
 * @param candidates candidate indexes in ascending order
 * @param assessors assessor indexes in ascending order
 * @param methods method indexes in ascending order (a method may appear in several subsets)
 */
public record Subset(List<Integer> candidates, List<Integer> assessors, List<Integer> methods) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a list is null
   */
  public Subset {
    candidates = List.copyOf(candidates);
    assessors = List.copyOf(assessors);
    methods = List.copyOf(methods);
  }
}
