package dev.epakit.analysis.agreement;

/**
 * The six intraclass correlations of Shrout and Fleiss (1979), named ICC(case, raters): the case
 * says how raters were chosen, the second index whether the reliability is of one rater's rating
 * or of the mean of k raters' ratings.
 *
 * <ul>
 *   <li>Case 1: each unit rated by a different random set of raters (one-way random effects,
 *       absolute agreement).
 *   <li>Case 2: every unit rated by the same random sample of raters (two-way random effects,
 *       absolute agreement).
 *   <li>Case 3: every unit rated by the same fixed raters (two-way mixed effects, consistency).
 * </ul>
 */
public enum IccForm {
  /** ICC(1,1): one-way random, single rating. */
  ICC_1_1("ICC(1,1)", 1, false),
  /** ICC(2,1): two-way random, absolute agreement, single rating. */
  ICC_2_1("ICC(2,1)", 2, false),
  /** ICC(3,1): two-way mixed, consistency, single rating. */
  ICC_3_1("ICC(3,1)", 3, false),
  /** ICC(1,k): one-way random, mean of k ratings. */
  ICC_1_K("ICC(1,k)", 1, true),
  /** ICC(2,k): two-way random, absolute agreement, mean of k ratings. */
  ICC_2_K("ICC(2,k)", 2, true),
  /** ICC(3,k): two-way mixed, consistency, mean of k ratings. */
  ICC_3_K("ICC(3,k)", 3, true);

  private final String label;
  private final int modelCase;
  private final boolean average;

  IccForm(String label, int modelCase, boolean average) {
    this.label = label;
    this.modelCase = modelCase;
    this.average = average;
  }

  /**
   * The conventional label, such as {@code "ICC(2,1)"}.
   *
   * @return the label, never {@code null}
   */
  public String label() {
    return label;
  }

  /**
   * The Shrout-Fleiss case: 1, 2 or 3.
   *
   * @return the case number
   */
  public int modelCase() {
    return modelCase;
  }

  /**
   * Whether this form is the reliability of the mean of k ratings.
   *
   * @return {@code true} for the (c,k) forms
   */
  public boolean isAverage() {
    return average;
  }
}
