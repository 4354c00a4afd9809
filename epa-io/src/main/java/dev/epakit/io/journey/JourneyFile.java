package dev.epakit.io.journey;

import java.util.List;

/**
 * A journey file read whole: its journeys and diagnostics. For large files prefer the streaming
 * {@link JourneyReader#read(java.io.InputStream, java.util.function.Consumer,
 * java.util.function.Consumer)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param journeys the journeys read, in file order
 * @param diagnostics every problem found, in file order
 * @param complete false when the reader had to stop before the end of the file
 */
public record JourneyFile(List<JourneyRecord> journeys, List<JourneyDiagnostic> diagnostics, boolean complete) {

  /** Copies the lists. */
  public JourneyFile {
    journeys = List.copyOf(journeys);
    diagnostics = List.copyOf(diagnostics);
  }
}
