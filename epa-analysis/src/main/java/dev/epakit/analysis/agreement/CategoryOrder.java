package dev.epakit.analysis.agreement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The declared categories of a rating scale, in order from lowest to highest, such as {@code
 * fail, pass, merit, distinction}. Ratings are passed to the statistics in this package as {@code
 * int} codes: a category's code is its zero-based position in this order, and {@link #MISSING}
 * ({@code -1}) marks a rating that was not given.
 *
 * <p>The order matters for the weighted statistics (linear and quadratic kappa, AC2, agreement
 * within one grade); the nominal statistics ignore it. Declaring the full scale, including grades
 * no one used, keeps chance agreement and weights honest.
 *
 * <p>Immutable and thread-safe. Two orders are equal when they list the same names in the same
 * order.
 */
public final class CategoryOrder {

  /** The code for a rating that was not given. */
  public static final int MISSING = -1;

  private final List<String> names;
  private final Map<String, Integer> codes;

  private CategoryOrder(List<String> names) {
    this.names = names;
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      map.put(names.get(i), i);
    }
    this.codes = map;
  }

  /**
   * Declares a scale from its category names, lowest first.
   *
   * @param names at least one name; none {@code null}, blank or repeated
   * @return the order, never {@code null}
   * @throws NullPointerException if the array or a name is {@code null}
   * @throws IllegalArgumentException if there are no names, or a name is blank or repeated
   */
  public static CategoryOrder of(String... names) {
    Objects.requireNonNull(names, "names");
    return of(List.of(names));
  }

  /**
   * Declares a scale from its category names, lowest first.
   *
   * @param names at least one name; none {@code null}, blank or repeated
   * @return the order, never {@code null}
   * @throws NullPointerException if the list or a name is {@code null}
   * @throws IllegalArgumentException if there are no names, or a name is blank or repeated
   */
  public static CategoryOrder of(List<String> names) {
    List<String> copy = List.copyOf(Objects.requireNonNull(names, "names"));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a category order needs at least one category");
    }
    Set<String> seen = new HashSet<>();
    for (String name : copy) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("category names must not be blank");
      }
      if (!seen.add(name)) {
        throw new IllegalArgumentException("category '" + name + "' is declared twice");
      }
    }
    return new CategoryOrder(copy);
  }

  /**
   * Declares an anonymous scale of {@code size} categories named {@code "1"} to {@code size}.
   *
   * @param size number of categories, at least 1
   * @return the order, never {@code null}
   * @throws IllegalArgumentException if {@code size < 1}
   */
  public static CategoryOrder ofSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a category order needs at least one category, was " + size);
    }
    String[] names = new String[size];
    for (int i = 0; i < size; i++) {
      names[i] = Integer.toString(i + 1);
    }
    return of(names);
  }

  /**
   * The number of categories.
   *
   * @return at least 1
   */
  public int size() {
    return names.size();
  }

  /**
   * The category names, lowest first.
   *
   * @return an unmodifiable list, never {@code null}
   */
  public List<String> names() {
    return names;
  }

  /**
   * The name of the category with the given code.
   *
   * @param code a code in {@code [0, size())}
   * @return the name, never {@code null}
   * @throws IllegalArgumentException if the code is out of range
   */
  public String name(int code) {
    return names.get(checkCode(code));
  }

  /**
   * The code of a named category.
   *
   * @param name a declared category name
   * @return its zero-based position
   * @throws NullPointerException if {@code name} is {@code null}
   * @throws IllegalArgumentException if the name is not declared
   */
  public int code(String name) {
    Integer code = codes.get(Objects.requireNonNull(name, "name"));
    if (code == null) {
      throw new IllegalArgumentException(
          "category '" + name + "' is not declared; declared are " + names);
    }
    return code;
  }

  /**
   * Codes a column of category names, {@code null} standing for a missing rating.
   *
   * @param ratings names of declared categories or {@code null}
   * @return a new array of codes, {@link #MISSING} where the name was {@code null}
   * @throws NullPointerException if the list is {@code null}
   * @throws IllegalArgumentException if a name is not declared
   */
  public int[] codes(List<String> ratings) {
    Objects.requireNonNull(ratings, "ratings");
    int[] out = new int[ratings.size()];
    for (int i = 0; i < out.length; i++) {
      String r = ratings.get(i);
      out[i] = r == null ? MISSING : code(r);
    }
    return out;
  }

  /**
   * Checks that a code is {@link #MISSING} or a declared category.
   *
   * @param code the code to check
   * @return the code
   * @throws IllegalArgumentException if it is neither
   */
  int checkCodeOrMissing(int code) {
    return code == MISSING ? code : checkCode(code);
  }

  int checkCode(int code) {
    if (code < 0 || code >= names.size()) {
      throw new IllegalArgumentException(
          "category code " + code + " is outside the declared scale 0.." + (names.size() - 1)
              + " (use " + MISSING + " for a missing rating)");
    }
    return code;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CategoryOrder other && names.equals(other.names);
  }

  @Override
  public int hashCode() {
    return names.hashCode();
  }

  @Override
  public String toString() {
    return "CategoryOrder" + names;
  }
}
