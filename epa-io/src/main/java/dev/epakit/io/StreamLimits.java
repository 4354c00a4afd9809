package dev.epakit.io;

import tools.jackson.core.StreamReadConstraints;

/**
 * The limits every streaming reader of EPA Kit enforces (journey JSON files, results, ratings and
 * assessment CSV files), so that a hostile or broken file ends in a diagnostic, quickly, whatever
 * it holds. Plan files have their own, tighter {@link ReadLimits}.
 *
 * <ul>
 *   <li>nesting of JSON arrays and objects: {@value #MAX_DEPTH} levels (a journey file needs 5);
 *   <li>one value or CSV cell: {@value #MAX_VALUE_LENGTH} characters;
 *   <li>one number: {@value #MAX_NUMBER_LENGTH} digits;
 *   <li>one JSON field name: {@value #MAX_NAME_LENGTH} characters.
 * </ul>
 *
 * <p>Files are streamed, so their size and number of rows are limited only by the time they take.
 */
public final class StreamLimits {

  /** Deepest nesting of JSON arrays and objects. */
  public static final int MAX_DEPTH = 64;
  /** Longest single value or CSV cell, in characters. */
  public static final int MAX_VALUE_LENGTH = 100_000;
  /** Longest number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** Longest JSON field name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The limits as Jackson enforces them. */
  public static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_DEPTH)
      .maxStringLength(MAX_VALUE_LENGTH)
      .maxNumberLength(MAX_NUMBER_LENGTH)
      .maxNameLength(MAX_NAME_LENGTH)
      .build();

  private StreamLimits() {}
}
