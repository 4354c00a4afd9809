package dev.epakit.core.journey;

import java.util.Objects;

/**
 * What an assessor gave for one method: a grade name, or a score for a scored test. Grade names
 * are resolved against the plan when the fact is recorded. Immutable and thread-safe.
 */
public sealed interface Mark {

  /**
   * A grade, by name.
   *
   * @param grade the grade's name as written, never {@code null} or blank
   */
  record Graded(String grade) implements Mark {
    /** Checks the name. */
    public Graded {
      Objects.requireNonNull(grade, "grade");
      if (grade.isBlank()) {
        throw new IllegalArgumentException("a grade needs a name");
      }
    }

    @Override
    public String toString() {
      return grade;
    }
  }

  /**
   * A score on a scored test.
   *
   * @param score the score (checked against the plan's bands when recorded)
   */
  record Scored(int score) implements Mark {
    @Override
    public String toString() {
      return "score " + score;
    }
  }

  /** A grade by name. @param grade the name @return the mark */
  static Mark grade(String grade) {
    return new Graded(grade);
  }

  /** A score. @param score the score @return the mark */
  static Mark score(int score) {
    return new Scored(score);
  }
}
