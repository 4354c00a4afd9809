package dev.epakit.core.grade;

import dev.epakit.core.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Map;
import java.util.Objects;

/**
 * Score bands of a scored test: the maximum score and, for each grade above the lowest, the lowest
 * score that earns it. The lowest grade of the scale covers every score below the first threshold.
 *
 * <p>Example (Lead adult care worker, ST0006, situational judgement test of 60 questions): pass 40+,
 * merit 50+, distinction 55+; 0-39 is a fail.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScoreBands {

  /**
   * One band: the grade and the lowest score that earns it.
   *
   * @param from lowest score of the band, 0 or more
   * @param grade the grade, never {@code null}
   */
  public record Band(int from, Grade grade) {
    /** Checks the components. */
    public Band {
      Objects.requireNonNull(grade, "grade");
      if (from < 0) {
        throw new IllegalArgumentException("a band cannot start below 0");
      }
    }
  }

  private final GradeScale scale;
  private final int maximum;
  private final List<Band> bands;

  private ScoreBands(GradeScale scale, int maximum, List<Band> bands) {
    this.scale = scale;
    this.maximum = maximum;
    this.bands = bands;
  }

  /**
   * Creates score bands.
   *
   * @param scale the method's grade scale, not {@code null}
   * @param maximum the highest possible score, 1 or more
   * @param thresholds for every grade above the lowest, its name and the lowest score that earns
   *     it; iteration order does not matter
   * @return the bands, or every problem found: unknown grade, missing grade, thresholds out of
   *     range or not rising with the grade
   */
  public static Validation<Seq<Problem>, ScoreBands> create(
      GradeScale scale, int maximum, Map<String, Integer> thresholds) {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(thresholds, "thresholds");
    List<Problem> problems = List.empty();
    if (maximum < 1) {
      problems = problems.append(Problem.of("bands.maximum", "maximum", "the maximum score must be at least 1"));
    }
    Integer[] from = new Integer[scale.size()];
    boolean[] given = new boolean[scale.size()];
    from[0] = 0;
    for (Map.Entry<String, Integer> e : thresholds.entrySet()) {
      var grade = scale.find(e.getKey());
      if (grade.isEmpty()) {
        problems = problems.append(Problem.of("bands.unknown-grade", "bands",
            "'" + e.getKey() + "' is not a grade of " + scale + "; expected one of " + scale.names()));
        continue;
      }
      int rank = grade.get().rank();
      if (rank == 0) {
        problems = problems.append(Problem.of("bands.lowest-grade", "bands",
            "the lowest grade '" + grade.get() + "' covers every score below the first threshold: give it no threshold"));
      } else if (given[rank]) {
        problems = problems.append(Problem.of("bands.duplicate-grade", "bands." + grade.get().name(),
            "grade '" + grade.get() + "' has more than one threshold"));
      } else if (e.getValue() == null || e.getValue() < 1 || e.getValue() > Math.max(maximum, 1)) {
        problems = problems.append(Problem.of("bands.out-of-range", "bands." + grade.get().name(),
            "the threshold of '" + grade.get() + "' must lie between 1 and the maximum score " + maximum));
      } else {
        from[rank] = e.getValue();
      }
      given[rank] = true;
    }
    int lower = 0;
    for (int rank = 1; rank < from.length; rank++) {
      if (!given[rank]) {
        problems = problems.append(Problem.of("bands.missing-grade", "bands",
            "grade '" + scale.get(rank) + "' has no threshold"));
      } else if (from[rank] != null) {
        // compare with the nearest lower grade whose threshold is usable
        if (from[rank] <= from[lower]) {
          problems = problems.append(Problem.of("bands.order", "bands." + scale.get(rank).name(),
              "the threshold of '" + scale.get(rank) + "' (" + from[rank] + ") must be above that of '"
                  + scale.get(lower) + "' (" + from[lower] + ")"));
        }
        lower = rank;
      }
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(problems.distinct());
    }
    List<Band> bands = List.range(0, from.length).map(r -> new Band(from[r], scale.get(r)));
    return Validation.valid(new ScoreBands(scale, maximum, bands));
  }

  /** The grade scale the bands map into. @return the scale */
  public GradeScale scale() {
    return scale;
  }

  /** The highest possible score. @return the maximum, 1 or more */
  public int maximum() {
    return maximum;
  }

  /** The bands, lowest first; the first starts at 0. @return the bands */
  public List<Band> bands() {
    return bands;
  }

  /**
   * The grade a score earns.
   *
   * @param score the score
   * @return the grade, or a problem when the score lies outside 0 to the maximum
   */
  public Validation<Seq<Problem>, Grade> gradeFor(int score) {
    if (score < 0 || score > maximum) {
      return Validation.invalid(List.of(Problem.of("score.out-of-range", "score",
          "a score of " + score + " lies outside 0 to " + maximum)));
    }
    return Validation.valid(bands.filter(b -> b.from() <= score).last().grade());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreBands other
        && maximum == other.maximum
        && scale.equals(other.scale)
        && bands.equals(other.bands);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scale, maximum, bands);
  }

  @Override
  public String toString() {
    return bands.map(b -> b.grade() + " " + b.from() + "+").mkString("[", ", ", " of " + maximum + "]");
  }
}
