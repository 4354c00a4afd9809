package dev.epakit.core.plan;

import dev.epakit.core.grade.Grade;
import java.util.Objects;

/**
 * One cell of a grading-table row: which grades of one method the row matches.
 *
 * <p>Written in plan files as {@code *} (any grade), {@code Merit} (exactly that grade) or {@code
 * Merit+} (that grade or better). Immutable and thread-safe.
 */
public sealed interface GradePattern {

  /**
   * Whether the pattern matches a grade.
   *
   * @param grade a grade of the method's scale, not {@code null}
   * @return true on a match
   */
  boolean matches(Grade grade);

  /** Any grade: the wildcard {@code *}. */
  record Any() implements GradePattern {
    @Override
    public boolean matches(Grade grade) {
      return true;
    }

    @Override
    public String toString() {
      return "*";
    }
  }

  /**
   * Exactly one grade.
   *
   * @param grade the grade matched, never {@code null}
   */
  record Exactly(Grade grade) implements GradePattern {
    /** Checks the grade is given. */
    public Exactly {
      Objects.requireNonNull(grade, "grade");
    }

    @Override
    public boolean matches(Grade other) {
      return grade.rank() == other.rank();
    }

    @Override
    public String toString() {
      return grade.name();
    }
  }

  /**
   * A grade or any better one.
   *
   * @param grade the lowest grade matched, never {@code null}
   */
  record AtLeast(Grade grade) implements GradePattern {
    /** Checks the grade is given. */
    public AtLeast {
      Objects.requireNonNull(grade, "grade");
    }

    @Override
    public boolean matches(Grade other) {
      return other.rank() >= grade.rank();
    }

    @Override
    public String toString() {
      return grade.name() + "+";
    }
  }

  /** The wildcard. @return a pattern matching any grade */
  static GradePattern any() {
    return new Any();
  }
}
