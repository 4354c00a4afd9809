package dev.epakit.io;

/**
 * Limits that keep reading a file quick and safe whatever it holds: its size, the nesting depth of
 * its lists and mappings, the aliases it may use and the number of values. Plan files are read
 * within them; other YAML and JSON readers can share them. Immutable and thread-safe.
 *
 * @param maxBytes the largest file read, in bytes (and code points), 1 or more
 * @param maxDepth the deepest nesting of lists and mappings, 1 or more
 * @param maxAliases the most aliases of lists or mappings, 0 or more
 * @param maxNodes the most values (scalars, lists and mappings) in one file, 1 or more
 */
public record ReadLimits(int maxBytes, int maxDepth, int maxAliases, int maxNodes) {

  /** The defaults: 1 MiB, nesting 64 deep, 50 aliases, 100,000 values. */
  public static final ReadLimits DEFAULT = new ReadLimits(1 << 20, 64, 50, 100_000);

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException if a limit is out of range
   */
  public ReadLimits {
    if (maxBytes < 1 || maxDepth < 1 || maxAliases < 0 || maxNodes < 1) {
      throw new IllegalArgumentException("limits are positive (aliases may be 0)");
    }
  }
}
