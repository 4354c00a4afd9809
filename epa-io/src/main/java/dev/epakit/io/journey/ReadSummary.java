package dev.epakit.io.journey;

/**
 * What reading a journey file came to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param journeys the journeys handed on
 * @param skipped the journeys left out because their ULN, standard or version could not be read,
 *     or their ULN appeared earlier in the file
 * @param diagnostics the diagnostics reported
 * @param complete false when the reader had to stop before the end of the file (the file is not
 *     JSON, is cut short, or could not be read); everything before that point was still handed on
 */
public record ReadSummary(int journeys, int skipped, int diagnostics, boolean complete) {}
