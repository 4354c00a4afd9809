package dev.epakit.analysis.materials;

import java.util.Arrays;

/**
 * Assessment results for a review of materials, one per row, held as columns of primitives: the
 * method, and where the data has them the task (question, assignment), the candidate, the
 * delivery site (venue, mode), the period (a calendar position: month, quarter or year number
 * counted from the first), the grade as an index on an ordered scale (worst first), whether it is
 * a pass, and a numeric score.
 *
 * <p>Absent indexes are {@link #NONE}; an absent score is {@link Double#NaN}. Indexes are dense;
 * names live with the caller. Immutable and thread-safe once built.
 */
public final class MaterialColumns {

  /** The index of an absent task, candidate, site or period. */
  public static final int NONE = -1;

  private final int[] methods;
  private final int[] tasks;
  private final int[] candidates;
  private final int[] sites;
  private final int[] periods;
  private final int[] grades;
  private final boolean[] passes;
  private final double[] scores;

  private MaterialColumns(Builder b) {
    int n = b.size;
    methods = Arrays.copyOf(b.methods, n);
    tasks = Arrays.copyOf(b.tasks, n);
    candidates = Arrays.copyOf(b.candidates, n);
    sites = Arrays.copyOf(b.sites, n);
    periods = Arrays.copyOf(b.periods, n);
    grades = Arrays.copyOf(b.grades, n);
    passes = Arrays.copyOf(b.passes, n);
    scores = Arrays.copyOf(b.scores, n);
  }

  /**
   * Starts a builder.
   *
   * @return a new empty builder, never {@code null}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the number of rows.
   *
   * @return the number of results
   */
  public int size() {
    return methods.length;
  }

  /**
   * Returns the method index of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return the method index, not negative
   */
  public int method(int row) {
    return methods[row];
  }

  /**
   * Returns the task index of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return the task index, or {@link #NONE}
   */
  public int task(int row) {
    return tasks[row];
  }

  /**
   * Returns the candidate index of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return the candidate index, or {@link #NONE}
   */
  public int candidate(int row) {
    return candidates[row];
  }

  /**
   * Returns the site index of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return the site index, or {@link #NONE}
   */
  public int site(int row) {
    return sites[row];
  }

  /**
   * Returns the period of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return the period's calendar position, or {@link #NONE}
   */
  public int period(int row) {
    return periods[row];
  }

  /**
   * Returns the grade index of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return the grade index, worst first, not negative
   */
  public int grade(int row) {
    return grades[row];
  }

  /**
   * Returns whether a row is a pass.
   *
   * @param row a row in {@code 0..size()-1}
   * @return true for a pass
   */
  public boolean pass(int row) {
    return passes[row];
  }

  /**
   * Returns the score of a row.
   *
   * @param row a row in {@code 0..size()-1}
   * @return the score, or {@link Double#NaN} when the row has none
   */
  public double score(int row) {
    return scores[row];
  }

  /** Grows the columns row by row. Mutable and not thread-safe. */
  public static final class Builder {
    private int size;
    private int[] methods = new int[16];
    private int[] tasks = new int[16];
    private int[] candidates = new int[16];
    private int[] sites = new int[16];
    private int[] periods = new int[16];
    private int[] grades = new int[16];
    private boolean[] passes = new boolean[16];
    private double[] scores = new double[16];

    private Builder() {}

    /**
     * Adds a row.
     *
     * @param method method index, not negative
     * @param task task index or {@link #NONE}
     * @param candidate candidate index or {@link #NONE}
     * @param site site index or {@link #NONE}
     * @param period period position or {@link #NONE}
     * @param grade grade index, worst first, not negative
     * @param pass whether the result is a pass
     * @param score the score, or {@link Double#NaN} for none; otherwise finite
     * @return this builder
     * @throws IllegalArgumentException if an index is below its range or a score is infinite
     */
    public Builder add(int method, int task, int candidate, int site, int period, int grade,
        boolean pass, double score) {
      if (method < 0 || grade < 0 || task < NONE || candidate < NONE || site < NONE
          || period < NONE) {
        throw new IllegalArgumentException("row " + size + ": index out of range");
      }
      if (Double.isInfinite(score)) {
        throw new IllegalArgumentException("row " + size + ": infinite score");
      }
      if (size == methods.length) {
        int capacity = size + (size >> 1);
        methods = Arrays.copyOf(methods, capacity);
        tasks = Arrays.copyOf(tasks, capacity);
        candidates = Arrays.copyOf(candidates, capacity);
        sites = Arrays.copyOf(sites, capacity);
        periods = Arrays.copyOf(periods, capacity);
        grades = Arrays.copyOf(grades, capacity);
        passes = Arrays.copyOf(passes, capacity);
        scores = Arrays.copyOf(scores, capacity);
      }
      methods[size] = method;
      tasks[size] = task;
      candidates[size] = candidate;
      sites[size] = site;
      periods[size] = period;
      grades[size] = grade;
      passes[size] = pass;
      scores[size] = score;
      size++;
      return this;
    }

    /**
     * Builds the columns of the rows added so far.
     *
     * @return the columns, never {@code null}
     */
    public MaterialColumns build() {
      return new MaterialColumns(this);
    }
  }
}
