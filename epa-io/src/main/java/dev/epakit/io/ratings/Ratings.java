package dev.epakit.io.ratings;

import java.util.List;
import java.util.Objects;

/**
 * Ratings read from a ratings file: a units-by-raters table of category codes, for the agreement
 * statistics. A unit is a script, candidate or piece of evidence; a rater is an assessor or
 * marker. A code is an index into {@link #categories()}, lowest first, or {@link #MISSING} where
 * the rater gave no rating.
 *
 * <p>Each category also has a numeric {@link #value(int) value} for the interval and ratio
 * statistics and the intraclass correlations: the number itself when every category is a number,
 * otherwise its 1-based position in the order.
 *
 * <p>Immutable and thread-safe: the arrays are never exposed.
 */
public final class Ratings {

  /** The code of a missing rating. */
  public static final int MISSING = -1;

  private final int[] codes;
  private final List<String> raterNames;
  private final List<String> categories;
  private final double[] values;
  private final boolean numeric;
  private final CategoryOrigin origin;

  Ratings(int[] codes, List<String> raterNames, List<String> categories, double[] values,
      boolean numeric, CategoryOrigin origin) {
    this.codes = codes;
    this.raterNames = List.copyOf(raterNames);
    this.categories = List.copyOf(categories);
    this.values = values.clone();
    this.numeric = numeric;
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  /**
   * The number of units (rows after the header).
   *
   * @return at least zero
   */
  public int units() {
    return codes.length / raterNames.size();
  }

  /**
   * The number of raters (columns after the unit column).
   *
   * @return at least two
   */
  public int raters() {
    return raterNames.size();
  }

  /**
   * The raters' names from the header, in column order.
   *
   * @return an unmodifiable list, never {@code null}
   */
  public List<String> raterNames() {
    return raterNames;
  }

  /**
   * The categories, lowest first, spelt as declared or as first met in the file.
   *
   * @return an unmodifiable list, never {@code null}
   */
  public List<String> categories() {
    return categories;
  }

  /**
   * Where the order of {@link #categories()} came from.
   *
   * @return {@link CategoryOrigin#DECLARED}, {@link CategoryOrigin#NUMERIC} or {@link
   *     CategoryOrigin#FIRST_APPEARANCE}; never {@code null}
   */
  public CategoryOrigin origin() {
    return origin;
  }

  /**
   * The code one rater gave one unit.
   *
   * @param unit a unit in {@code 0..units()-1}
   * @param rater a rater in {@code 0..raters()-1}
   * @return an index into {@link #categories()}, or {@link #MISSING}
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public int code(int unit, int rater) {
    Objects.checkIndex(rater, raterNames.size());
    return codes[Objects.checkIndex(unit, units()) * raterNames.size() + rater];
  }

  /**
   * The numeric value of a category: the number itself when {@link #isNumeric()}, otherwise its
   * 1-based position.
   *
   * @param category an index into {@link #categories()}
   * @return the value, finite
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public double value(int category) {
    return values[category];
  }

  /**
   * Tells whether every category is a number, so that values are the numbers themselves.
   *
   * @return {@code true} if every category name is a number
   */
  public boolean isNumeric() {
    return numeric;
  }

  @Override
  public String toString() {
    return "Ratings[" + units() + " units, " + raters() + " raters, categories " + categories
        + " (" + origin.describe() + ")]";
  }
}
