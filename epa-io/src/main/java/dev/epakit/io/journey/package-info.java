/**
 * Journey files: the dated facts of one or many apprentices' end-point assessments.
 *
 * <p>{@link dev.epakit.io.journey.JourneyReader} streams the JSON format of {@code
 * docs/formats.md} into {@link dev.epakit.io.journey.JourneyRecord}s, one apprentice at a time,
 * and reports every problem as a {@link dev.epakit.io.journey.JourneyDiagnostic} that names the
 * apprentice by ULN (never by name), the line and the field; a bad record never stops the rest of
 * the file. {@link dev.epakit.io.journey.JourneyWriter} writes the same format back, and {@link
 * dev.epakit.io.journey.ResultsCsvImport} builds journeys from the simple CSV of one row per
 * method result. {@link dev.epakit.io.journey.FactField} names the field of a fact that a refusal
 * by the rules concerns.
 */
package dev.epakit.io.journey;
