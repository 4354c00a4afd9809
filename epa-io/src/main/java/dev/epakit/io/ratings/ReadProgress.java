package dev.epakit.io.ratings;

/**
 * Told how far a reader has got, so that a command line can show progress on long files. Called
 * on the reading thread every few tens of thousands of rows; must be quick and must not throw.
 */
@FunctionalInterface
public interface ReadProgress {

  /** Progress that is not shown anywhere. */
  ReadProgress NONE = (rows, bytes) -> { };

  /**
   * Reports progress.
   *
   * @param rows rows read so far, the header included
   * @param bytes bytes read from the file so far (read ahead of the rows by a buffer)
   */
  void update(long rows, long bytes);
}
