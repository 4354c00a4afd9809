package dev.epakit.core.grade;

import java.util.Objects;

/**
 * One grade of a {@link GradeScale}: its name as the plan writes it, its rank in the scale (0 is
 * the lowest) and whether it is a passing grade.
 *
 * <p>Grades compare only by rank, so compare grades of the same scale. Immutable and thread-safe.
 *
 * @param name the grade's name, such as {@code "Distinction"}; never {@code null} or blank
 * @param rank position in its scale, 0 for the lowest
 * @param passing true when the grade achieves the component or the EPA
 */
public record Grade(String name, int rank, boolean passing) implements Comparable<Grade> {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank or {@code rank} negative
   */
  public Grade {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a grade needs a name");
    }
    if (rank < 0) {
      throw new IllegalArgumentException("a grade's rank cannot be negative");
    }
  }

  /** Whether this grade fails the component or the EPA. @return true when not {@link #passing()} */
  public boolean failing() {
    return !passing;
  }

  /**
   * Whether this grade is strictly better than {@code other} (of the same scale).
   *
   * @param other another grade, not {@code null}
   * @return true when this grade ranks higher
   */
  public boolean isBetterThan(Grade other) {
    return rank > other.rank;
  }

  /**
   * Whether this grade has the given name, ignoring letter case.
   *
   * @param text a name, may be {@code null}
   * @return true on a match
   */
  public boolean isNamed(String text) {
    return text != null && name.equalsIgnoreCase(text.strip());
  }

  @Override
  public int compareTo(Grade other) {
    return Integer.compare(rank, other.rank);
  }

  @Override
  public String toString() {
    return name;
  }
}
