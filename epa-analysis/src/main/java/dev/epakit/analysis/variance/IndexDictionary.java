package dev.epakit.analysis.variance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An ordered dictionary of names with dense indexes {@code 0..size()-1}: assessor identifiers,
 * strata (standard by assessment method) or the grades of an ordered scale.
 *
 * <p>The columns of {@link ResultColumns} and the counts of {@link VarianceCounts} hold indexes
 * only; a dictionary turns them back into names. For a grade scale the index order is the order of
 * the scale, worst first (for example {@code Fail, Pass, Merit, Distinction}).
 *
 * <p>Immutable and thread-safe. Names are non-null, not blank and unique. Two dictionaries are
 * equal when they hold the same names in the same order. A dictionary may name candidates, who are
 * apprentices, so {@link #toString()} gives the number of names, never the names; {@link #names()}
 * gives them.
 */
public final class IndexDictionary {

  private final List<String> names;
  private final Map<String, Integer> indexes;

  private IndexDictionary(List<String> names) {
    this.names = names;
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      map.put(names.get(i), i);
    }
    this.indexes = map;
  }

  /**
   * Creates a dictionary whose index {@code i} names {@code names.get(i)}.
   *
   * @param names the names in index order; not null, no null, blank or repeated name
   * @return the dictionary, never {@code null}
   * @throws IllegalArgumentException if a name is blank or repeated
   * @throws NullPointerException if {@code names} or one of its elements is null
   */
  public static IndexDictionary of(List<String> names) {
    Objects.requireNonNull(names, "names");
    List<String> copy = List.copyOf(names);
    Set<String> seen = new HashSet<>();
    for (String name : copy) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("dictionary names must not be blank");
      }
      if (!seen.add(name)) {
        throw new IllegalArgumentException("dictionary name repeated: " + name);
      }
    }
    return new IndexDictionary(copy);
  }

  /**
   * Creates a dictionary whose index {@code i} names {@code names[i]}.
   *
   * @param names the names in index order; not null, no null, blank or repeated name
   * @return the dictionary, never {@code null}
   * @throws IllegalArgumentException if a name is blank or repeated
   */
  public static IndexDictionary of(String... names) {
    return of(List.of(names));
  }

  /**
   * Starts a builder that hands out indexes in order of first appearance, as when reading a file.
   *
   * @return a new empty builder, never {@code null}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the number of names.
   *
   * @return the size, at least zero
   */
  public int size() {
    return names.size();
  }

  /**
   * Returns the name at an index.
   *
   * @param index an index in {@code 0..size()-1}
   * @return the name, never {@code null}
   * @throws IllegalArgumentException if the index is out of range
   */
  public String name(int index) {
    if (index < 0 || index >= names.size()) {
      throw new IllegalArgumentException(
          "index " + index + " out of range 0.." + (names.size() - 1));
    }
    return names.get(index);
  }

  /**
   * Returns the index of a name.
   *
   * @param name the name to look up; not null
   * @return the index, or empty if the name is not in this dictionary
   */
  public OptionalInt indexOf(String name) {
    Integer index = indexes.get(Objects.requireNonNull(name, "name"));
    return index == null ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /**
   * Returns the names in index order.
   *
   * @return an unmodifiable list, never {@code null}
   */
  public List<String> names() {
    return names;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IndexDictionary that && names.equals(that.names);
  }

  @Override
  public int hashCode() {
    return names.hashCode();
  }

  /** @return {@code IndexDictionary[n names]}: names may be personal data and are not shown */
  @Override
  public String toString() {
    return "IndexDictionary[" + names.size() + " names]";
  }

  /**
   * Builds a dictionary by interning names as they are met. Mutable and not thread-safe.
   */
  public static final class Builder {
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> indexes = new HashMap<>();

    private Builder() {}

    /**
     * Returns the index of a name, giving it the next free index when it is new.
     *
     * @param name the name; not null, not blank
     * @return its index
     * @throws IllegalArgumentException if the name is blank
     */
    public int intern(String name) {
      Objects.requireNonNull(name, "name");
      Integer index = indexes.get(name);
      if (index != null) {
        return index;
      }
      if (name.isBlank()) {
        throw new IllegalArgumentException("dictionary names must not be blank");
      }
      int next = names.size();
      names.add(name);
      indexes.put(name, next);
      return next;
    }

    /**
     * Builds the dictionary of the names interned so far.
     *
     * @return the dictionary, never {@code null}
     */
    public IndexDictionary build() {
      return new IndexDictionary(Collections.unmodifiableList(new ArrayList<>(names)));
    }
  }
}
