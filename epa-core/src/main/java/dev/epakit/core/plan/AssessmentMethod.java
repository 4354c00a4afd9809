package dev.epakit.core.plan;

import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.grade.ScoreBands;
import java.util.Objects;
import java.util.Optional;

/**
 * One assessment method of a plan (a "component" in the guidance), such as a project report, a
 * professional discussion or a knowledge test, with its own grade scale and, for a scored test,
 * its score bands.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the method's id within its plan, never {@code null}
 * @param name the method's name as the plan writes it, never {@code null} or blank
 * @param scale the grades the method can give, never {@code null}
 * @param bands score bands when the method is a scored test, else empty; when present their scale
 *     is {@code scale}
 */
public record AssessmentMethod(MethodId id, String name, GradeScale scale, Optional<ScoreBands> bands) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the name is blank or the bands use another scale
   */
  public AssessmentMethod {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(bands, "bands");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a method needs a name");
    }
    if (bands.isPresent() && !bands.get().scale().equals(scale)) {
      throw new IllegalArgumentException("the score bands of method " + id + " must use its scale");
    }
    name = name.strip();
  }

  /**
   * A graded method (no score bands).
   *
   * @param id the id, such as {@code "project"}
   * @param name the name
   * @param scale the scale
   * @return the method
   */
  public static AssessmentMethod graded(String id, String name, GradeScale scale) {
    return new AssessmentMethod(MethodId.of(id), name, scale, Optional.empty());
  }

  /**
   * A scored test.
   *
   * @param id the id
   * @param name the name
   * @param bands the score bands; the method's scale is theirs
   * @return the method
   */
  public static AssessmentMethod scored(String id, String name, ScoreBands bands) {
    return new AssessmentMethod(MethodId.of(id), name, bands.scale(), Optional.of(bands));
  }

  /** Whether the method is a scored test. @return true when it has score bands */
  public boolean scored() {
    return bands.isPresent();
  }
}
