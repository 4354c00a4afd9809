package dev.epakit.analysis.severity;

import java.util.Arrays;
import java.util.Objects;

/**
 * Observations for many-facet Rasch measurement, one per row, held as columns of primitives: the
 * candidate (apprentice), the assessor, the assessment method, the rating scale the grade is on,
 * and the grade as a category index {@code 0..m} on that scale, worst first.
 *
 * <p>Indexes are dense, {@code 0..count-1} for each facet; names live with the caller (for example
 * in a {@link dev.epakit.analysis.variance.IndexDictionary}). Each scale is declared by its number
 * of categories: two for fail/pass (the dichotomous model), three for fail/pass/distinction, four
 * for fail/pass/merit/distinction. Rows on the same scale share one set of Andrich thresholds.
 *
 * <p>A million rows take about 14 MB. Immutable and thread-safe: factories copy the arrays they are
 * given and accessors never expose the internal arrays.
 */
public final class FacetObservations {

  private final int[] candidates;
  private final int[] assessors;
  private final int[] methods;
  private final byte[] scales;
  private final byte[] scores;
  private final int[] categories;
  private final int candidateCount;
  private final int assessorCount;
  private final int methodCount;

  private FacetObservations(
      int[] candidates, int[] assessors, int[] methods, byte[] scales, byte[] scores,
      int[] categories) {
    this.candidates = candidates;
    this.assessors = assessors;
    this.methods = methods;
    this.scales = scales;
    this.scores = scores;
    this.categories = categories;
    this.candidateCount = max(candidates) + 1;
    this.assessorCount = max(assessors) + 1;
    this.methodCount = max(methods) + 1;
  }

  /**
   * Creates observations on a single rating scale. The arrays are copied.
   *
   * @param candidates candidate index of each row, not negative; not null
   * @param assessors assessor index of each row, not negative; not null
   * @param methods method index of each row, not negative; not null
   * @param scores category index of each row in {@code 0..categories-1}; not null
   * @param categories number of categories of the scale, 2 to 100
   * @return the observations, never {@code null}
   * @throws IllegalArgumentException if the arrays differ in length, an index is negative or a
   *     score is outside the scale
   */
  public static FacetObservations of(
      int[] candidates, int[] assessors, int[] methods, int[] scores, int categories) {
    Objects.requireNonNull(scores, "scores");
    return of(candidates, assessors, methods, new int[scores.length], scores, new int[] {categories});
  }

  /**
   * Creates observations on one or more rating scales. The arrays are copied.
   *
   * @param candidates candidate index of each row, not negative; not null
   * @param assessors assessor index of each row, not negative; not null
   * @param methods method index of each row, not negative; not null
   * @param scales scale index of each row in {@code 0..categories.length-1}; not null
   * @param scores category index of each row in {@code 0..categories[scale]-1}; not null
   * @param categories number of categories of each scale, each 2 to 100; at most 127 scales
   * @return the observations, never {@code null}
   * @throws IllegalArgumentException if the arrays differ in length, an index is negative, a scale
   *     is undeclared or a score is outside its scale
   */
  public static FacetObservations of(
      int[] candidates, int[] assessors, int[] methods, int[] scales, int[] scores,
      int[] categories) {
    Objects.requireNonNull(candidates, "candidates");
    Objects.requireNonNull(assessors, "assessors");
    Objects.requireNonNull(methods, "methods");
    Objects.requireNonNull(scales, "scales");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(categories, "categories");
    int size = candidates.length;
    if (assessors.length != size || methods.length != size || scales.length != size
        || scores.length != size) {
      throw new IllegalArgumentException("columns differ in length");
    }
    checkCategories(categories);
    byte[] scaleBytes = new byte[size];
    byte[] scoreBytes = new byte[size];
    for (int i = 0; i < size; i++) {
      checkRow(i, candidates[i], assessors[i], methods[i], scales[i], scores[i], categories);
      scaleBytes[i] = (byte) scales[i];
      scoreBytes[i] = (byte) scores[i];
    }
    return new FacetObservations(
        candidates.clone(), assessors.clone(), methods.clone(), scaleBytes, scoreBytes,
        categories.clone());
  }

  private static void checkCategories(int[] categories) {
    if (categories.length == 0 || categories.length > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("need 1 to 127 scales, got " + categories.length);
    }
    for (int s = 0; s < categories.length; s++) {
      if (categories[s] < 2 || categories[s] > 100) {
        throw new IllegalArgumentException(
            "scale " + s + " must have 2 to 100 categories, has " + categories[s]);
      }
    }
  }

  private static void checkRow(
      int row, int candidate, int assessor, int method, int scale, int score, int[] categories) {
    if (candidate < 0 || assessor < 0 || method < 0) {
      throw new IllegalArgumentException("row " + row + ": negative index");
    }
    if (scale < 0 || scale >= categories.length) {
      throw new IllegalArgumentException("row " + row + ": undeclared scale " + scale);
    }
    if (score < 0 || score >= categories[scale]) {
      throw new IllegalArgumentException(
          "row " + row + ": score " + score + " outside 0.." + (categories[scale] - 1));
    }
  }

  private static int max(int[] values) {
    int max = -1;
    for (int v : values) {
      max = Math.max(max, v);
    }
    return max;
  }

  /**
   * Starts a builder that grows its columns as rows are added.
   *
   * @param categories number of categories of each scale, each 2 to 100; not null
   * @return a new empty builder, never {@code null}
   * @throws IllegalArgumentException if a scale has fewer than 2 or more than 100 categories
   */
  public static Builder builder(int... categories) {
    return new Builder(categories);
  }

  /**
   * Returns the number of rows.
   *
   * @return the number of observations
   */
  public int size() {
    return candidates.length;
  }

  /**
   * Returns the number of candidate indexes, one more than the largest index used.
   *
   * @return the candidate count, at least zero
   */
  public int candidateCount() {
    return candidateCount;
  }

  /**
   * Returns the number of assessor indexes, one more than the largest index used.
   *
   * @return the assessor count, at least zero
   */
  public int assessorCount() {
    return assessorCount;
  }

  /**
   * Returns the number of method indexes, one more than the largest index used.
   *
   * @return the method count, at least zero
   */
  public int methodCount() {
    return methodCount;
  }

  /**
   * Returns the number of declared scales.
   *
   * @return the scale count, at least one
   */
  public int scaleCount() {
    return categories.length;
  }

  /**
   * Returns the number of categories of a scale.
   *
   * @param scale a scale index
   * @return the number of categories, 2 to 100
   * @throws IndexOutOfBoundsException if the scale is not declared
   */
  public int categories(int scale) {
    return categories[scale];
  }

  /**
   * Returns the candidate index of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return the candidate index
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int candidate(int row) {
    return candidates[row];
  }

  /**
   * Returns the assessor index of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return the assessor index
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int assessor(int row) {
    return assessors[row];
  }

  /**
   * Returns the method index of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return the method index
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int method(int row) {
    return methods[row];
  }

  /**
   * Returns the scale index of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return the scale index
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int scale(int row) {
    return scales[row];
  }

  /**
   * Returns the score (category index) of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return the category index, worst first
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int score(int row) {
    return scores[row];
  }

  // Package-private views for the estimator, which reads but never writes them.
  int[] candidateColumn() {
    return candidates;
  }

  int[] assessorColumn() {
    return assessors;
  }

  int[] methodColumn() {
    return methods;
  }

  byte[] scaleColumn() {
    return scales;
  }

  byte[] scoreColumn() {
    return scores;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FacetObservations that
        && Arrays.equals(candidates, that.candidates)
        && Arrays.equals(assessors, that.assessors)
        && Arrays.equals(methods, that.methods)
        && Arrays.equals(scales, that.scales)
        && Arrays.equals(scores, that.scores)
        && Arrays.equals(categories, that.categories);
  }

  @Override
  public int hashCode() {
    int hash = Arrays.hashCode(candidates);
    hash = 31 * hash + Arrays.hashCode(assessors);
    hash = 31 * hash + Arrays.hashCode(methods);
    hash = 31 * hash + Arrays.hashCode(scales);
    hash = 31 * hash + Arrays.hashCode(scores);
    return 31 * hash + Arrays.hashCode(categories);
  }

  @Override
  public String toString() {
    return "FacetObservations[size=" + size() + ", candidates=" + candidateCount
        + ", assessors=" + assessorCount + ", methods=" + methodCount
        + ", scales=" + Arrays.toString(categories) + "]";
  }

  /** Grows the columns row by row. Mutable and not thread-safe. */
  public static final class Builder {
    private final int[] categories;
    private int size;
    private int[] candidates = new int[16];
    private int[] assessors = new int[16];
    private int[] methods = new int[16];
    private byte[] scales = new byte[16];
    private byte[] scores = new byte[16];

    private Builder(int[] categories) {
      Objects.requireNonNull(categories, "categories");
      checkCategories(categories);
      this.categories = categories.clone();
    }

    /**
     * Adds a row on scale 0.
     *
     * @param candidate candidate index, not negative
     * @param assessor assessor index, not negative
     * @param method method index, not negative
     * @param score category index on scale 0
     * @return this builder
     * @throws IllegalArgumentException if an index is negative or the score is outside the scale
     */
    public Builder add(int candidate, int assessor, int method, int score) {
      return add(candidate, assessor, method, 0, score);
    }

    /**
     * Adds a row.
     *
     * @param candidate candidate index, not negative
     * @param assessor assessor index, not negative
     * @param method method index, not negative
     * @param scale scale index, declared
     * @param score category index on that scale
     * @return this builder
     * @throws IllegalArgumentException if an index is negative, the scale undeclared or the score
     *     outside the scale
     */
    public Builder add(int candidate, int assessor, int method, int scale, int score) {
      checkRow(size, candidate, assessor, method, scale, score, categories);
      if (size == candidates.length) {
        int capacity = size + (size >> 1);
        candidates = Arrays.copyOf(candidates, capacity);
        assessors = Arrays.copyOf(assessors, capacity);
        methods = Arrays.copyOf(methods, capacity);
        scales = Arrays.copyOf(scales, capacity);
        scores = Arrays.copyOf(scores, capacity);
      }
      candidates[size] = candidate;
      assessors[size] = assessor;
      methods[size] = method;
      scales[size] = (byte) scale;
      scores[size] = (byte) score;
      size++;
      return this;
    }

    /**
     * Builds the observations added so far.
     *
     * @return the observations, never {@code null}
     */
    public FacetObservations build() {
      return new FacetObservations(
          Arrays.copyOf(candidates, size), Arrays.copyOf(assessors, size),
          Arrays.copyOf(methods, size), Arrays.copyOf(scales, size), Arrays.copyOf(scores, size),
          categories.clone());
    }
  }
}
